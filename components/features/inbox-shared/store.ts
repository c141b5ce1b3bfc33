/** A tiny external store for the toolbar UIs: the feature writes, the UI's update function subscribes. */

export interface Store<T> {
  get(): T;
  set(patch: Partial<T>): void;
  subscribe(listener: () => void): () => void;
}

/** Equal values, or plain objects with the same own values (the category counts). */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) || Array.isArray(b)) return false;
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(patch) {
      // nothing changed (a list change that leaves the counts as they were): no render
      if (Object.entries(patch).every(([k, v]) => same(state[k as keyof T], v))) return;
      state = { ...state, ...patch };
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Calls `update` with the state now and on every change, until `signal` aborts (the UI was removed). */
export function bindStore<T extends object>(store: Store<T>, signal: AbortSignal, update: (state: T) => void): void {
  update(store.get());
  const unsubscribe = store.subscribe(() => update(store.get()));
  signal.addEventListener('abort', unsubscribe, { once: true });
}
