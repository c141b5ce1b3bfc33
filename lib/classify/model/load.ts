/**
 * The classifier's model, loaded once: `createModelLoader(readText)` gives a function that reads and checks the
 * weights file on its first call and keeps the model for the loader's life (the background's: the worker's).
 * Calls made while the file is being read share that one read. A file that is missing or broken is not thrown
 * into the callers: they get `{ unavailable }` with the reason (the file and the field), and the next call
 * tries again. The reading itself comes in from outside (the background fetches its own package file), so
 * this stays pure.
 */
import { modelFromText, WEIGHTS_FILE } from './weights-file.ts';
import type { LinearModel } from './linear.ts';

export type ModelState = { model: LinearModel; unavailable?: undefined } | { model?: undefined; unavailable: string };

export type ModelLoader = () => Promise<ModelState>;

/** `readText` reads `file` (the path inside the extension package) as text. */
export function createModelLoader(readText: (file: string) => Promise<string>, file = WEIGHTS_FILE): ModelLoader {
  let loading: Promise<ModelState> | undefined;
  return () => {
    loading ??= readText(file).then(
      (text): ModelState => ({ model: modelFromText(text, file) }),
      (e: unknown): ModelState => {
        throw new Error(`${file}: could not be read (${e instanceof Error ? e.message : String(e)})`);
      },
    ).catch((e: unknown): ModelState => {
      loading = undefined;
      return { unavailable: e instanceof Error ? e.message : String(e) };
    });
    return loading;
  };
}

/** A loader that always has this model (tests, tools). */
export const modelLoaderOf = (model: LinearModel): ModelLoader => () => Promise.resolve({ model });
