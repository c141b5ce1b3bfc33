/**
 * Files of the extension package that the background reads when it first needs them, instead of carrying them in
 * its script (parsed on every start of the worker): the classifier's weights and the starter templates' texts.
 * Read from the extension's own chrome-extension:// URL (no network request), checked, kept for the worker's life
 * (lib/package-file.ts).
 */
import { browser } from 'wxt/browser';
import { createModelLoader } from '../../lib/classify/model/load';
import { createFileLoader } from '../../lib/package-file';
import { STARTERS_FILE, startersFromText } from '../../lib/templates/starters/file';

async function readPackageFile(file: string): Promise<string> {
  const res = await fetch((browser.runtime.getURL as (p: string) => string)(`/${file}`));
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
}

/** public/classifier/weights.json, written by `npm run train:classifier` */
export const loadClassifierModel = createModelLoader(readPackageFile);

/** templates/starters.json, written by the build from lib/templates/starters/<language>.ts (wxt.config.ts) */
export const loadStarterTemplates = createFileLoader(readPackageFile, STARTERS_FILE, startersFromText);
