/**
 * The settings as the page UI reads them: ONE `settings/get` per page view, shared by the runner and
 * every feature (answers younger than 2 s are reused), so that features start one round trip after
 * the page UI does, not one per feature. The first read of a document takes the settings the background
 * handed over with the injection (PAGE_UI_BOOT, components/background/page-ui.ts) and needs no round trip at
 * all. Writers call forgetPageSettings() after `settings/set`.
 */
import * as v from 'valibot';
import { SettingsSchema, type Settings } from '../../lib/db/settings-schema';
import { sendRequest } from '../messaging';
import { PAGE_UI_BOOT } from './running-flag';

const FRESH_MS = 2000;

let shared: { at: number; value: Promise<Settings> } | undefined;

/** The settings in what the background handed over, checked like any message between parts; undefined when unusable. */
export function bootSettings(boot: unknown): Settings | undefined {
  if (boot === undefined || boot === null) return undefined;
  const parsed = v.safeParse(v.object({ settings: SettingsSchema }), boot);
  if (parsed.success) return parsed.output.settings;
  console.warn('[seller-inbox] the settings handed over at start are not usable; asking for them', parsed.issues[0]?.message);
  return undefined;
}

/** This document's handed-over settings, once. */
function takeBoot(): Settings | undefined {
  const world = globalThis as Record<string, unknown>;
  if (!(PAGE_UI_BOOT in world)) return undefined;
  const boot = world[PAGE_UI_BOOT];
  delete world[PAGE_UI_BOOT];
  return bootSettings(boot);
}

/** The stored settings (rejects when the background cannot answer: callers use their defaults). */
export function loadPageSettings(): Promise<Settings> {
  const now = Date.now();
  const boot = takeBoot();
  if (boot) shared = { at: now, value: Promise.resolve(boot) };
  if (shared && now - shared.at < FRESH_MS) return shared.value;
  const value = sendRequest({ type: 'settings/get' }).then(({ settings }) => settings);
  value.catch(() => { if (shared?.value === value) shared = undefined; });
  shared = { at: now, value };
  return value;
}

export function forgetPageSettings(): void {
  shared = undefined;
}
