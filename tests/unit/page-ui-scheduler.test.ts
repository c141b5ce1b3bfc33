import { describe, expect, it, vi } from 'vitest';
import { createPageUiScheduler, isSellerCentralUrl, type PageUiDeps } from '../../components/background/page-ui-scheduler';

const SC = 'https://sellercentral.amazon.com/messaging/inbox';

function setup(running = new Set<number>()) {
  const timers: Array<{ fn: () => void; ms: number; cleared: boolean }> = [];
  const injected: number[] = [];
  const warnings: string[] = [];
  const deps: PageUiDeps = {
    isRunning: async (tabId) => running.has(tabId),
    inject: async (tabId) => {
      injected.push(tabId);
      running.add(tabId);
    },
    setTimer: (fn, ms) => {
      const t = { fn, ms, cleared: false };
      timers.push(t);
      return t;
    },
    clearTimer: (t) => { (t as { cleared: boolean }).cleared = true; },
    warn: (m) => warnings.push(m),
  };
  return { scheduler: createPageUiScheduler(deps), deps, timers, injected, warnings, running };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('page UI injection', () => {
  it('injects once the Seller Central tab completes loading, not while it loads', async () => {
    const { scheduler, injected, timers } = setup();
    scheduler.onUpdated(7, 'loading', SC);
    await settle();
    expect(injected).toEqual([]);
    scheduler.onUpdated(7, 'complete', SC);
    await settle();
    expect(injected).toEqual([7]);
    expect(timers[0]?.cleared).toBe(true);
  });

  it('never injects twice into the same document (a second complete, a back/forward restore)', async () => {
    const { scheduler, injected } = setup();
    scheduler.onUpdated(7, 'complete', SC);
    scheduler.onUpdated(7, 'complete', SC);
    await settle();
    scheduler.onUpdated(7, 'complete', SC);
    await settle();
    expect(injected).toEqual([7]);
  });

  it('injects after the fallback delay when a page never completes loading', async () => {
    const { scheduler, injected, timers } = setup();
    scheduler.onUpdated(3, 'loading', SC);
    expect(timers[0]?.ms).toBeGreaterThan(1000);
    timers[0]?.fn();
    await settle();
    expect(injected).toEqual([3]);
  });

  it('ignores other sites, and cancels the fallback when the tab leaves Seller Central or closes', async () => {
    const { scheduler, injected, timers } = setup();
    scheduler.onUpdated(1, 'complete', 'https://www.amazon.com/');
    scheduler.onUpdated(1, 'complete', 'http://sellercentral.amazon.com/');
    scheduler.onUpdated(2, 'loading', SC);
    scheduler.onUpdated(2, 'loading', 'https://example.com/');
    scheduler.onUpdated(4, 'loading', SC);
    scheduler.onRemoved(4);
    await settle();
    expect(injected).toEqual([]);
    expect(timers.map((t) => t.cleared)).toEqual([true, true]);
  });

  it('a failed injection is a warning, never a throw, and a later load tries again', async () => {
    const { scheduler, deps, warnings, injected } = setup();
    const inject = vi.spyOn(deps, 'inject').mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    scheduler.onUpdated(9, 'complete', SC);
    await settle();
    expect(warnings).toEqual(['page UI not injected into tab 9']);
    scheduler.onUpdated(9, 'complete', SC);
    await settle();
    expect(inject).toHaveBeenCalledTimes(2);
    expect(injected).toEqual([9]);
  });

  it('knows Seller Central URLs by host and https only', () => {
    expect(isSellerCentralUrl('https://sellercentral.amazon.co.jp/orders-v3')).toBe(true);
    expect(isSellerCentralUrl('https://sellercentral.amazon.com.evil.example/')).toBe(false);
    expect(isSellerCentralUrl(undefined)).toBe(false);
    expect(isSellerCentralUrl('not a url')).toBe(false);
  });
});

describe('page UI injection, edge cases', () => {
  it('a load that completes while an attach is under way is attached after it (a redirect)', async () => {
    const running = new Set<number>();
    const { scheduler, deps, injected } = setup(running);
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    vi.spyOn(deps, 'isRunning').mockImplementationOnce(async () => { await gate; return false; });
    scheduler.onUpdated(5, 'complete', SC);
    scheduler.onUpdated(5, 'complete', SC + '?after-redirect');
    release();
    await settle();
    await settle();
    expect(injected).toEqual([5]);
    expect(deps.isRunning).toHaveBeenCalledTimes(2);
  });

  it('on worker start, attaches to the open Seller Central tabs (loading ones when idle)', async () => {
    const { scheduler, injected } = setup(new Set([3]));
    scheduler.onStart([
      { id: 1, url: SC, status: 'complete' },
      { id: 2, url: SC, status: 'loading' },
      { id: 6, url: SC, status: 'unloaded' },
      { id: 3, url: SC, status: 'complete' },
      { id: 4, url: 'https://example.com/', status: 'complete' },
      { url: SC, status: 'complete' },
    ]);
    await settle();
    expect(injected).toEqual([1, 2]);
  });

  it('never puts the page UI into the page driver\'s work tab (also the one a restarted worker finds open)', async () => {
    const { scheduler, injected, deps } = setup();
    deps.isWorkTab = async (tabId) => tabId === 9;
    scheduler.onUpdated(9, 'complete', SC);
    scheduler.onUpdated(8, 'complete', SC);
    scheduler.onStart([{ id: 9, url: SC, status: 'complete' }]);
    await settle();
    await settle();
    expect(injected).toEqual([8]);
  });

  it('hands the page UI the settings read while the tab was checked; a failed read still injects (the page UI asks)', async () => {
    const { scheduler, deps, injected } = setup();
    const handed: Array<[number, unknown]> = [];
    let reads = 0;
    deps.readBoot = async () => {
      reads++;
      if (reads === 2) throw new Error('database unavailable');
      return { uiLanguage: 'zh_CN' };
    };
    deps.isRunning = async (tabId, boot) => { handed.push([tabId, boot]); return false; };
    scheduler.onUpdated(4, 'complete', SC);
    await settle();
    scheduler.onUpdated(5, 'complete', SC);
    await settle();
    expect(handed).toEqual([[4, { uiLanguage: 'zh_CN' }], [5, undefined]]);
    expect(injected).toEqual([4, 5]);
  });
});
