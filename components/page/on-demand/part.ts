/** What the on-demand part of the page UI registers on the shared global (shared-keys.ts) once it ran. */
import type { ReactNode } from 'react';
import type { Feature } from '../feature';
import type { SavedSample } from '../page-sample-save';
import type { mountReact } from '../react-mount';
import type { watchThread } from '../../features/thread-shared/watch-thread';
import type { OnDemandFeatureId } from './shared-keys';

export interface OnDemandPart {
  features: Readonly<Record<OnDemandFeatureId, Feature>>;
  /** inbox-translate's translation of one list preview (components/features/inbox-translate/preview-translation.tsx) */
  previewTranslation(text: string, marketplaceId: string | undefined): Promise<() => ReactNode>;
  /** "Save page sample" (components/page/page-sample-save.ts), from the notice and the popup */
  savePageSample(pageKind: string): SavedSample;
  /** the conversation watcher, for the list features' conversation half (load.ts, watchThreadOnDemand) */
  watchThread: typeof watchThread;
  /** React renders into a shadow host the start part made (FeatureContext.mountUi, components/page/mount-ui.ts) */
  mountReact: typeof mountReact;
}
