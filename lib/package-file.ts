/**
 * A file of the extension package read once (the background's data that is not in its script: the classifier's
 * weights, the starter templates' texts). `createFileLoader(readText, file, parse)` gives a function that reads and
 * parses the file on its first call and keeps the value for the loader's life (the background's: the worker's);
 * calls made while the file is being read share that one read. A missing or broken file is not thrown into the
 * callers: they get `{ unavailable }` with the reason (`parse` names the file and the field), and the next call
 * tries again. Reading comes in from outside (the background fetches its own package URL), so this stays pure.
 */
export type Loaded<T> = { value: T; unavailable?: undefined } | { value?: undefined; unavailable: string };

export type FileLoader<T> = () => Promise<Loaded<T>>;

/** `readText` reads `file` (its path inside the extension package) as text; `parse` throws a clear error. */
export function createFileLoader<T>(readText: (file: string) => Promise<string>, file: string, parse: (text: string, file: string) => T): FileLoader<T> {
  let loading: Promise<Loaded<T>> | undefined;
  return () => {
    loading ??= readText(file).then(
      (text): Loaded<T> => ({ value: parse(text, file) }),
      (e: unknown): Loaded<T> => {
        throw new Error(`${file}: could not be read (${e instanceof Error ? e.message : String(e)})`);
      },
    ).catch((e: unknown): Loaded<T> => {
      loading = undefined;
      return { unavailable: e instanceof Error ? e.message : String(e) };
    });
    return loading;
  };
}

/** Parses JSON text; a syntax error names the file. */
export function parseJsonFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}
