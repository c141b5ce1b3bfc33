/**
 * The start part's side of the split (shared-keys.ts): the shared (stateful) modules on one global of the isolated
 * world, for the on-demand part to use instead of copies of its own. Set once per document, before any feature runs.
 * React is not among them: it ships in the on-demand part only.
 */
import * as messaging from '../../messaging';
import * as feature from '../feature';
import * as i18n from '../i18n';
import * as locale from '../locale';
import * as settings from '../settings';
import * as trusted from '../trusted';
import * as pageCheck from '../page-check';
import * as problemText from '../problem-text';
import * as shadowOpener from '../shadow-opener';
import * as shortcut from '../../ui/shortcut';
import { PAGE_UI_SHARED, type SharedKey } from './shared-keys';
import type { OnDemandPart } from './part';

const MODULES: Readonly<Record<SharedKey, unknown>> = {
  'components/messaging.ts': messaging,
  'components/page/feature.ts': feature,
  'components/page/i18n.ts': i18n,
  'components/page/locale.ts': locale,
  'components/page/settings.ts': settings,
  'components/page/trusted.ts': trusted,
  'components/page/page-check.ts': pageCheck,
  'components/page/problem-text.ts': problemText,
  'components/page/shadow-opener.ts': shadowOpener,
  'components/ui/shortcut.ts': shortcut,
};

/** What the global holds: the shared modules, and the on-demand part once it ran (it registers itself and its React mounter here). */
export interface SharedRuntime {
  modules: Readonly<Record<SharedKey, unknown>>;
  onDemand?: OnDemandPart;
  /** the load under way (load.ts) */
  loading?: Promise<OnDemandPart> | undefined;
}

export function sharedRuntime(): SharedRuntime | undefined {
  return (globalThis as Record<string, unknown>)[PAGE_UI_SHARED] as SharedRuntime | undefined;
}

export function exposeSharedModules(): SharedRuntime {
  const runtime: SharedRuntime = { modules: MODULES };
  (globalThis as Record<string, unknown>)[PAGE_UI_SHARED] = runtime;
  return runtime;
}
