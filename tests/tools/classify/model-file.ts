/**
 * The shipped classifier model as the tools and unit tests read it: public/classifier/weights.json (a packaged
 * extension file; the background fetches it, components/background/package-file.ts), checked by the same
 * code as in the extension (lib/classify/model/weights-file.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelFromText } from '../../../lib/classify/model/weights-file.ts';
import { modelLoaderOf } from '../../../lib/classify/model/load.ts';
import type { LinearModel } from '../../../lib/classify/model/linear.ts';

// a path, not new URL(…): a happy-dom test's URL is the DOM's
export const WEIGHTS_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../../public/classifier/weights.json');

let shipped: LinearModel | undefined;

/** The model in public/classifier/weights.json (read once). */
export const shippedModel = (): LinearModel => (shipped ??= modelFromText(readFileSync(WEIGHTS_PATH, 'utf8'), WEIGHTS_PATH));

/** A loader (HandlerDeps.classifierModel) that has the shipped model. */
export const shippedModelLoader = () => modelLoaderOf(shippedModel())();
