/**
 * The message classifier's model for the background: the weights file ships in the extension package
 * (public/classifier/weights.json) and is read from the extension's own chrome-extension:// URL on the first
 * classification (no network request), checked and kept for the worker's life (lib/classify/model/load.ts).
 * Not in the background script: it was most of its size, parsed on every wake-up of the worker.
 */
import { browser } from 'wxt/browser';
import { createModelLoader } from '../../lib/classify/model/load';

async function readPackageFile(file: string): Promise<string> {
  const res = await fetch((browser.runtime.getURL as (p: string) => string)(`/${file}`));
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
}

export const loadClassifierModel = createModelLoader(readPackageFile);
