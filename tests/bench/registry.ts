/** Every bench metric source; later features add theirs here. */
import { bundleSize } from './metrics/bundle-size';
import { campaignPlan } from './metrics/campaign-plan';
import { inbox } from './metrics/inbox';
import { inboxV3 } from './metrics/inbox-v3';
import { pageLoad } from './metrics/page-load';
import { pageLoadV3 } from './metrics/page-load-v3';
import { importBench } from './metrics/import';
import { picker } from './metrics/picker';
import { popup } from './metrics/popup';
import { textChecks } from './metrics/text-checks';
import { translate } from './metrics/translate';
import type { MetricSource } from './types';

export const METRICS: Record<string, MetricSource> = {
  'bundle-size': bundleSize,
  'campaign-plan': campaignPlan,
  inbox,
  'inbox-v3': inboxV3,
  'page-load': pageLoad,
  'page-load-v3': pageLoadV3,
  import: importBench,
  picker,
  popup,
  'text-checks': textChecks,
  translate,
};
