/**
 * The on-demand part of the page UI (components/page/on-demand/shared-keys.ts): the case panels, the template picker,
 * the policy check, the case, write and list-preview translation, "Save page sample". Not in the manifest: the background injects it into a Seller
 * Central frame's isolated world when the start part there first needs it (`page-ui/on-demand`). React is in this
 * part only (the start part is plain DOM); it registers its React mounter for FeatureContext.mountUi. Its build takes
 * the shared modules from the start part (build/page-ui-split.ts), so it runs only after that part.
 */
import { defineUnlistedScript } from '#imports';
import composeTemplates from '../components/features/compose-templates';
import composePolicy from '../components/features/compose-policy';
import threadOrderPanel from '../components/features/thread-order-panel';
import threadBuyerPanel from '../components/features/thread-buyer-panel';
import threadBlacklist from '../components/features/thread-blacklist';
import threadTranslate from '../components/features/thread-translate';
import composeTranslate from '../components/features/compose-translate';
import { savePageSample } from '../components/page/page-sample-save';
import { mountReact } from '../components/page/react-mount';
import { watchThread } from '../components/features/thread-shared/watch-thread';
import { previewTranslation } from '../components/features/inbox-translate/preview-translation';
import { PAGE_UI_SHARED, type OnDemandFeatureId } from '../components/page/on-demand/shared-keys';
import type { OnDemandPart } from '../components/page/on-demand/part';
import type { Feature } from '../components/page/feature';

const ON_DEMAND_MARK = 'data-si-page-ui-on-demand';

const FEATURES: Readonly<Record<OnDemandFeatureId, Feature>> = {
  'compose-templates': composeTemplates,
  'compose-policy': composePolicy,
  'thread-order-panel': threadOrderPanel,
  'thread-buyer-panel': threadBuyerPanel,
  'thread-blacklist': threadBlacklist,
  'thread-translate': threadTranslate,
  'compose-translate': composeTranslate,
};

export default defineUnlistedScript(() => {
  const shared = (globalThis as Record<string, unknown>)[PAGE_UI_SHARED] as { onDemand?: OnDemandPart } | undefined;
  // the start part sets the global first; without it this script's shared imports have already thrown
  if (shared && !shared.onDemand) shared.onDemand = { features: FEATURES, previewTranslation, savePageSample: (kind) => savePageSample(kind), watchThread, mountReact };
  // for tests and for a person looking at the page (like data-si-page-ui); the extension never reads it
  document.documentElement.setAttribute(ON_DEMAND_MARK, '');
});
