/**
 * HandlerDeps.starterTemplates for tests: the starters as the background gets them, through the package file the
 * build writes (wxt.config.ts: JSON of STARTER_TEXTS) and its check (lib/templates/starters/file.ts).
 */
import { STARTER_TEXTS } from '../../../lib/templates/starters';
import { startersFromText } from '../../../lib/templates/starters/file';
import type { Loaded } from '../../../lib/package-file';
import type { Template } from '../../../lib/model';

export const starterTemplatesLoader = (): Promise<Loaded<readonly Template[]>> =>
  Promise.resolve({ value: startersFromText(JSON.stringify(STARTER_TEXTS)) });
