/**
 * The settings as the page UI reads them: ONE `settings/get` per page view, shared by the runner and
 * every feature (answers younger than 2 s are reused), so that features start one round trip after
 * the page UI does, not one per feature. Writers call forgetPageSettings() after `settings/set`.
 */
import type { Settings } from '../../lib/db/settings-schema';
import { sendRequest } from '../messaging';

const FRESH_MS = 2000;

let shared: { at: number; value: Promise<Settings> } | undefined;

/** The stored settings (rejects when the background cannot answer: callers use their defaults). */
export function loadPageSettings(): Promise<Settings> {
  const now = Date.now();
  if (shared && now - shared.at < FRESH_MS) return shared.value;
  const value = sendRequest({ type: 'settings/get' }).then(({ settings }) => settings);
  value.catch(() => { if (shared?.value === value) shared = undefined; });
  shared = { at: now, value };
  return value;
}

export function forgetPageSettings(): void {
  shared = undefined;
}
