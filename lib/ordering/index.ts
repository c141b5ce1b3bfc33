export {
  compareKeys, sortByUrgency, urgencyCompare, urgencyKey,
  type UrgencyGroup, type UrgencyKey, type UrgencyThread,
} from './urgency';
export { nextThread } from './next-thread';
export { orderPlan } from './order-plan';
export { ORDER_GAP, sparseOrder } from './sparse-order';
export { Ranking } from './ranking';
