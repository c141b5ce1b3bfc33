// @vitest-environment happy-dom
/** The inbox's rows are stored once the page is idle (not while it renders), and at once when it is left or hidden. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const sendRequest = vi.fn();
vi.mock('../../components/messaging', () => ({ sendRequest: (...args: unknown[]) => sendRequest(...args) }));
const { FIRST_SEND_MAX_MS, sendWhenLeft, ThreadSync } = await import('../../components/features/inbox-deadlines/store-threads');
type Batch = import('../../components/features/inbox-deadlines/store-threads').ThreadBatch;

const batch = (...ids: string[]): Batch[] => [{
  accountId: 'A1', marketplaceId: 'ATVPDKIKX0DER',
  threads: ids.map((threadId) => ({ threadId, buyerName: 'B', orderIds: [], status: 'response-needed' }) as unknown as Batch['threads'][number]),
}];
const sentIds = () => sendRequest.mock.calls.map(([r]) => (r as { threads: { threadId: string }[] }).threads.map((t) => t.threadId));
const settle = async () => { for (let i = 0; i < 5; i++) await Promise.resolve(); };

/** a stand-in for requestIdleCallback: the test says when the page is idle */
function idleControl() {
  const waiting: Array<{ fn: () => void; maxMs: number; cancelled: boolean }> = [];
  const whenIdle = (fn: () => void, maxMs: number) => {
    const w = { fn, maxMs, cancelled: false };
    waiting.push(w);
    return () => { w.cancelled = true; };
  };
  const idle = () => { for (const w of waiting.splice(0)) if (!w.cancelled) w.fn(); };
  return { whenIdle, idle, waiting };
}

beforeEach(() => {
  sendRequest.mockReset();
  sendRequest.mockResolvedValue({ stored: 1 });
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('storing the rows a page shows', () => {
  it('the first send waits for the idle page (at most FIRST_SEND_MAX_MS) and takes what came meanwhile with it', async () => {
    const { whenIdle, idle, waiting } = idleControl();
    const sync = new ThreadSync(() => undefined, 250, whenIdle);
    sync.schedule(batch('t1', 't2'));
    sync.schedule(() => batch('t3'));
    await settle();
    expect(sendRequest).not.toHaveBeenCalled();
    expect(waiting.map((w) => w.maxMs)).toEqual([FIRST_SEND_MAX_MS]);
    idle();
    await settle();
    expect(sentIds()).toEqual([['t1', 't2', 't3']]);
    // later changes: delayMs after the change
    sync.schedule(batch('t4'));
    await settle();
    expect(sendRequest).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(250);
    await settle();
    expect(sentIds()).toEqual([['t1', 't2', 't3'], ['t4']]);
  });

  it('leaving or hiding the page sends at once, and the idle wait then sends nothing more', async () => {
    const { whenIdle, idle } = idleControl();
    const controller = new AbortController();
    const sync = new ThreadSync(() => undefined, 250, whenIdle);
    sendWhenLeft(sync, controller.signal);
    sync.schedule(batch('t1'));
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(sentIds()).toEqual([['t1']]);
    idle();
    await settle();
    expect(sendRequest).toHaveBeenCalledTimes(1);
    // hidden: the change waiting for its timer goes now
    sync.schedule(batch('t2'));
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(sentIds()).toEqual([['t1'], ['t2']]);
    // the feature stopped: no more listening
    controller.abort();
    sync.schedule(batch('t3'));
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(sendRequest).toHaveBeenCalledTimes(2);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });

  it('without requestIdleCallback the first send goes on the next task', async () => {
    const ric = (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback;
    delete (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback;
    try {
      const sync = new ThreadSync(() => undefined);
      sync.schedule(batch('t1'));
      await settle();
      expect(sendRequest).not.toHaveBeenCalled();
      vi.advanceTimersByTime(0);
      await settle();
      expect(sentIds()).toEqual([['t1']]);
    } finally {
      if (ric) (globalThis as { requestIdleCallback?: unknown }).requestIdleCallback = ric;
    }
  });
});
