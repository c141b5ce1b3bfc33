/**
 * The classifier's model, loaded once (lib/package-file.ts): `createModelLoader(readText)` reads and checks the
 * weights file on its first call and keeps the model; concurrent first calls share the read; a missing or broken
 * file gives `{ unavailable }` with the reason (the file and the field), and the next call tries again.
 */
import { createFileLoader } from '../../package-file.ts';
import { modelFromText, WEIGHTS_FILE } from './weights-file.ts';
import type { LinearModel } from './linear.ts';

export type ModelState = { model: LinearModel; unavailable?: undefined } | { model?: undefined; unavailable: string };

export type ModelLoader = () => Promise<ModelState>;

/** `readText` reads `file` (the path inside the extension package) as text. */
export function createModelLoader(readText: (file: string) => Promise<string>, file = WEIGHTS_FILE): ModelLoader {
  const load = createFileLoader(readText, file, modelFromText);
  return () => load().then((s): ModelState => (s.unavailable === undefined ? { model: s.value } : { unavailable: s.unavailable }));
}

/** A loader that always has this model (tests, tools). */
export const modelLoaderOf = (model: LinearModel): ModelLoader => () => Promise.resolve({ model });
