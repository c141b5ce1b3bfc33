import type { Repositories } from '../../db';
import type { ModelLoader } from '../../classify/model/load';
import type { FileLoader } from '../../package-file';
import type { Template } from '../../model';

/** What handlers need from the outside; the background provides it, tests provide fakes. */
export interface HandlerDeps {
  repos: Repositories;
  now: () => Date;
  /** the extension's version for `ping` */
  version: string;
  /** called after counts changed (the background refreshes the toolbar badge) */
  onCountsChanged?: () => void;
  /** puts the page UI into every frame of a tab (the background's page-ui.ts); absent in tests without a browser */
  injectFrames?: (tabId: number) => Promise<void>;
  /** puts the page UI's on-demand part into one frame of a tab (page-ui.ts); absent in tests without a browser */
  injectOnDemand?: (tabId: number, frameId: number) => Promise<void>;
  /** a UI locale's messages.json from the extension package (`i18n/messages`); absent in tests without a browser */
  /**
   * the message classifier's model (lib/classify/model/load.ts: the background reads the packaged weights file
   * once); absent, categories are unavailable (classify/texts answers an error, threads are stored without one)
   */
  classifierModel?: ModelLoader;
  /**
   * the starter templates (lib/templates/starters/file.ts: the background reads their texts from a package file
   * when it first puts them in); absent or unreadable, the templates list comes without them
   */
  starterTemplates?: FileLoader<readonly Template[]>;
  loadMessages?: (locale: 'en' | 'zh_CN') => Promise<Record<string, { message: string; placeholders?: Record<string, { content: string }> }>>;
}
