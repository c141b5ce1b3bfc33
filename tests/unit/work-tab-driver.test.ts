import { describe, expect, it } from 'vitest';
import { blockOfUrl, createWorkTabDriver, type Connected, type Navigated, type WorkTabDeps } from '../../components/background/work-tab-driver';
import type { PageActionRun } from '../../lib/protocol/page-actions';

const SC = 'https://sellercentral.amazon.com';
const CASE = '0b8a7c52-3a0e-4f7e-9a43-6f1c2b7d9e10';
const URL_CASE = `${SC}/messaging/inbox-v3?fi=caseId&ss=${CASE}&cc=${CASE}`;
const reply = (answer: unknown) => ({ reply: { type: 'page-action/reply', ok: true, answer } });

function fakes(opts: { navigate?: (url: string) => Navigated; connect?: (run: PageActionRun) => Connected | Promise<Connected> } = {}) {
  const tabs = new Set<number>();
  const log: string[] = [];
  let session: number | undefined;
  let nextId = 10;
  const timers: { fn: () => void; ms: number; cleared: boolean }[] = [];
  const deps: WorkTabDeps = {
    createTab: async () => { const id = nextId++; tabs.add(id); log.push(`create ${id}`); return id; },
    tabExists: async (id) => tabs.has(id),
    removeTab: async (id) => { tabs.delete(id); log.push(`remove ${id}`); },
    navigate: async (id, url) => { log.push(`navigate ${id} ${url.replace(SC, '')}`); return opts.navigate?.(url) ?? { url }; },
    halt: async (id) => { log.push(`halt ${id}`); },
    inject: async (id) => { log.push(`inject ${id}`); },
    connect: async (id, run) => { log.push(`run ${id} ${run.name}`); return opts.connect ? opts.connect(run) : reply({ messages: [], textFound: false }); },
    tabUrl: async (id) => (tabs.has(id) ? `${SC}/ap/signin` : null),
    remember: async (id) => { session = id; },
    recall: async () => session,
    setTimer: (fn, ms) => { const t = { fn, ms, cleared: false }; timers.push(t); return t; },
    clearTimer: (t) => { (t as { cleared: boolean }).cleared = true; },
    now: () => 0,
  };
  return { deps, tabs, log, timers, session: () => session, setSession: (id: number | undefined) => { session = id; } };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the page driver (work tab)', () => {
  it('opens one tab, reuses it for the next action, runs actions one at a time in order, closes it when idle', async () => {
    const order: string[] = [];
    let release: (() => void) | undefined;
    const f = fakes({
      connect: (run) => {
        order.push(`start ${run.name}`);
        if (order.length === 1) return new Promise<Connected>((r) => { release = () => { order.push('end first'); r(reply({ messages: [], textFound: false })); }; });
        order.push(`end ${run.name}`);
        return reply({ result: 'sent' });
      },
    });
    const d = createWorkTabDriver(f.deps, { idleMs: 5000 });
    const a = d.run(URL_CASE, 'case-read', { caseId: CASE });
    const b = d.run(URL_CASE, 'case-reply', { caseId: CASE, text: 'Hello' });
    for (let i = 0; i < 20 && !release; i++) await settle();
    expect(order).toEqual(['start case-read']);
    release?.();
    expect(await a).toEqual({ ok: true, answer: { messages: [], textFound: false } });
    expect(await b).toEqual({ ok: true, answer: { result: 'sent' } });
    expect(order).toEqual(['start case-read', 'end first', 'start case-reply', 'end case-reply']);
    expect(f.log.filter((l) => l.startsWith('create'))).toEqual(['create 10']);
    expect(f.session()).toBe(10);
    expect(await d.isWorkTab(10)).toBe(true);
    expect(await d.isWorkTab(11)).toBe(false);
    await settle();
    const idle = f.timers.filter((t) => !t.cleared);
    expect(idle.map((t) => t.ms)).toEqual([5000]);
    idle[0]!.fn();
    for (let i = 0; i < 10; i++) await settle();
    expect(f.log).toContain('remove 10');
    expect(f.session()).toBeUndefined();
  });

  it('stops at a sign-in or captcha page before running anything', async () => {
    const f = fakes({ navigate: () => ({ url: `${SC}/ap/signin?openid.return_to=x` }) });
    const d = createWorkTabDriver(f.deps);
    expect(await d.run(URL_CASE, 'case-read', { caseId: CASE })).toMatchObject({ ok: false, blocked: 'signed-out' });
    const g = fakes({ navigate: () => ({ url: `${SC}/ap/cvf/request` }) });
    expect(await createWorkTabDriver(g.deps).run(URL_CASE, 'case-read', { caseId: CASE })).toMatchObject({ ok: false, blocked: 'captcha' });
    expect([...f.log, ...g.log].some((l) => l.startsWith('run') || l.startsWith('inject'))).toBe(false);
  });

  it('passes on the page\'s block with its finding, and rejects an answer of the wrong shape', async () => {
    const f = fakes({ connect: () => ({ reply: { type: 'page-action/reply', ok: false, blocked: 'unrecognised-page', detail: 'case x: not found: reply box' } }) });
    expect(await createWorkTabDriver(f.deps).run(URL_CASE, 'case-reply', { caseId: CASE, text: 'Hi' }))
      .toEqual({ ok: false, blocked: 'unrecognised-page', detail: 'case x: not found: reply box' });
    const g = fakes({ connect: () => reply({ result: 'maybe' }) });
    const r = await createWorkTabDriver(g.deps).run(URL_CASE, 'case-reply', { caseId: CASE, text: 'Hi' });
    expect(r).toMatchObject({ ok: false, blocked: 'error' });
    expect(!r.ok && r.detail).toContain('case-reply answer: result');
  });

  it('a timeout sends the tab to about:blank (the action cannot click later); a port closed by a sign-in page says so', async () => {
    const f = fakes({ connect: () => ({ timeout: true }) });
    expect(await createWorkTabDriver(f.deps).run(URL_CASE, 'case-read', { caseId: CASE })).toMatchObject({ ok: false, blocked: 'timeout' });
    expect(f.log).toContain('halt 10');
    const g = fakes({ connect: () => ({ closed: true }) });
    expect(await createWorkTabDriver(g.deps).run(URL_CASE, 'case-read', { caseId: CASE })).toMatchObject({ ok: false, blocked: 'signed-out' });
  });

  it('a tab closed by the seller: tab-closed, and the next action opens a new one', async () => {
    const f = fakes({ navigate: () => ({ closed: true }) });
    const d = createWorkTabDriver(f.deps);
    expect(await d.run(URL_CASE, 'case-read', { caseId: CASE })).toMatchObject({ ok: false, blocked: 'tab-closed' });
    f.tabs.clear();
    await d.onRemoved(10);
    expect(f.session()).toBeUndefined();
  });

  it('a restarted worker reuses the remembered tab, and closes it after the idle time when nothing comes', async () => {
    const f = fakes();
    f.tabs.add(4);
    f.setSession(4);
    const d = createWorkTabDriver(f.deps, { idleMs: 7000 });
    expect(await d.isWorkTab(4)).toBe(true);
    await d.onStart();
    expect(f.timers.map((t) => t.ms)).toEqual([7000]);
    await d.run(URL_CASE, 'case-read', { caseId: CASE });
    expect(f.log.filter((l) => l.startsWith('create'))).toEqual([]);
    expect(f.log[0]).toBe(`navigate 4 ${URL_CASE.replace(SC, '')}`);
  });

  it('blockOfUrl: Seller Central pages pass, sign-in, captcha and other sites do not', () => {
    expect(blockOfUrl(URL_CASE)).toBeUndefined();
    expect(blockOfUrl(`${SC}/ap/mfa`)?.blocked).toBe('captcha');
    expect(blockOfUrl('https://www.amazon.com/ap/signin')?.blocked).toBe('signed-out');
    expect(blockOfUrl('https://example.com/')?.blocked).toBe('unrecognised-page');
    expect(blockOfUrl(undefined)?.blocked).toBe('unrecognised-page');
  });
});
