/**
 * Waiting in the work tab for what the page renders: re-checks on every DOM change of the document (a
 * MutationObserver: not slowed down in a background tab, where timers run at most once a second) and on a short
 * timer (changes inside shadow roots are not seen by the observer), until `check` answers, the time runs out
 * (undefined) or the signal aborts (ActionAborted).
 */
import { ActionAborted } from './types';

export function waitFor<T>(doc: Document, check: () => T | undefined, timeoutMs: number, signal: AbortSignal): Promise<T | undefined> {
  return new Promise<T | undefined>((resolve, reject) => {
    if (signal.aborted) { reject(new ActionAborted()); return; }
    let done = false;
    const finish = (value: T | undefined, error?: Error): void => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearInterval(timer);
      clearTimeout(limit);
      signal.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve(value);
    };
    const test = (): void => {
      if (done) return;
      try {
        const v = check();
        if (v !== undefined) finish(v);
      } catch (e) {
        finish(undefined, e instanceof Error ? e : new Error(String(e)));
      }
    };
    const onAbort = (): void => finish(undefined, new ActionAborted());
    const observer = new MutationObserver(test);
    observer.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true });
    const timer = setInterval(test, 150);
    const limit = setTimeout(() => finish(undefined), timeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
    test();
  });
}

/** A pause that ends early (ActionAborted) when the signal aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) { reject(new ActionAborted()); return; }
    const onAbort = (): void => { clearTimeout(t); reject(new ActionAborted()); };
    const t = setTimeout(() => { signal.removeEventListener('abort', onAbort); resolve(); }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
