/**
 * Events between the thread features of one content script (same JS realm): the order panel tells
 * the buyer panel that fresh orders were stored; the blacklist toggle tells it the state changed.
 */
export type ThreadBusEvent = 'orders-stored' | 'blacklist-changed' | 'feedback-stored';

const target = new EventTarget();

export function emit(event: ThreadBusEvent): void {
  target.dispatchEvent(new Event(event));
}

export function on(event: ThreadBusEvent, listener: () => void, signal: AbortSignal): void {
  target.addEventListener(event, listener, { signal });
}
