/** The page UI's first settings come with its injection (no round trip); later reads ask the background. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTINGS_DEFAULTS } from '../../lib/db/settings-schema';
import { PAGE_UI_BOOT } from '../../components/page/running-flag';

const sendRequest = vi.fn();
vi.mock('../../components/messaging', () => ({ sendRequest: (...args: unknown[]) => sendRequest(...args) }));
const { bootSettings, forgetPageSettings, loadPageSettings } = await import('../../components/page/settings');

const world = globalThis as Record<string, unknown>;
const stored = { ...SETTINGS_DEFAULTS, uiLanguage: 'zh_CN' as const, dueSoonHours: 6 };

beforeEach(() => {
  forgetPageSettings();
  sendRequest.mockReset();
  sendRequest.mockResolvedValue({ settings: { ...SETTINGS_DEFAULTS, dueSoonHours: 9 } });
});
afterEach(() => { delete world[PAGE_UI_BOOT]; });

describe('settings handed over at start', () => {
  it('the first read takes them without a request, once; the read after a forget asks', async () => {
    world[PAGE_UI_BOOT] = { settings: stored };
    expect(await loadPageSettings()).toEqual(stored);
    expect(await loadPageSettings()).toEqual(stored);
    expect(sendRequest).not.toHaveBeenCalled();
    expect(PAGE_UI_BOOT in world).toBe(false);
    forgetPageSettings();
    expect((await loadPageSettings()).dueSoonHours).toBe(9);
    expect(sendRequest).toHaveBeenCalledTimes(1);
  });

  it('none handed over, or something unusable: asks, and says why for the unusable', async () => {
    expect((await loadPageSettings()).dueSoonHours).toBe(9);
    forgetPageSettings();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    world[PAGE_UI_BOOT] = { settings: { ...stored, dueSoonHours: 'soon' } };
    expect((await loadPageSettings()).dueSoonHours).toBe(9);
    expect(sendRequest).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('bootSettings checks the shape', () => {
    expect(bootSettings({ settings: stored })).toEqual(stored);
    expect(bootSettings(null)).toBeUndefined();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(bootSettings({ settings: 'x' })).toBeUndefined();
    expect(bootSettings({})).toBeUndefined();
    warn.mockRestore();
  });
});
