/**
 * E2E session for the inbox features: the built extension + the replica, with the generated data and
 * the `now` it was generated against (so tests can pick threads from the answer keys), a page, and a
 * way to ask the background (`ask`, from an extension page: the popup/options path).
 *
 * `now` is the current minute, not a date in the past: the content script runs on the browser's real
 * clock (Playwright's fake clock only reaches the page's main world, not the extension's isolated
 * world), so the data must be generated against the real time for the deadlines to match the answer
 * keys. The seed fixes everything else.
 */
import type { Page } from 'playwright-core';
import { generateReplicaData, type ReplicaData } from '../../replica/data';
import { launchWithExtension, type ExtensionSession } from '../../replica/harness';
import { createReplicaServer } from '../../replica/server';

export const SC = 'https://sellercentral.amazon.com';

export interface InboxSession extends ExtensionSession {
  data: ReplicaData;
  now: Date;
  page: Page;
  /** uncaught page exceptions on any Seller Central page */
  pageErrors: string[];
  newPage(): Promise<Page>;
  /** one protocol message from an extension page; the raw response */
  ask<T = unknown>(message: unknown): Promise<T>;
}

export interface InboxSessionOptions {
  threads?: number;
  seed?: number;
  now?: Date;
  viewport?: { width: number; height: number };
  /** changes to the generated data before the replica serves it (a scenario the generator does not make) */
  prepare?: (data: ReplicaData) => void;
}

export async function startInboxSession(opts: InboxSessionOptions = {}): Promise<InboxSession> {
  const now = opts.now ?? new Date(Math.floor(Date.now() / 60_000) * 60_000);
  const data = generateReplicaData({ seed: opts.seed ?? 7, threads: opts.threads ?? 160, now });
  opts.prepare?.(data);
  // SI_EXTENSION_DIR: a copy of the build (others may rebuild .output while tests run)
  const extensionDir = process.env.SI_EXTENSION_DIR;
  const session = await launchWithExtension({
    replica: createReplicaServer(data), ...(opts.viewport ? { viewport: opts.viewport } : {}), ...(extensionDir ? { extensionDir } : {}),
  });
  const pageErrors: string[] = [];
  const newPage = async (): Promise<Page> => {
    const page = await session.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
    return page;
  };
  let extPage: Page | undefined;
  const ask = async <T,>(message: unknown): Promise<T> => {
    if (!extPage || extPage.isClosed()) {
      extPage = await session.context.newPage();
      await extPage.goto(`chrome-extension://${session.extensionId}/options.html`);
    }
    return extPage.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;
  };
  const page = await newPage();
  return { ...session, data, now, page, pageErrors, newPage, ask };
}

/** Waits until every thread row of the inbox list carries a deadline badge; returns the row count. */
export async function waitForBadges(page: Page, timeout = 20_000): Promise<number> {
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('kat-table-body kat-table-row[data-thread-id]')];
    return rows.length > 0 && rows.every((r) => r.querySelector('[data-si="deadline"]'));
  }, undefined, { timeout });
  return page.locator('kat-table-body kat-table-row[data-thread-id]').count();
}

export interface ShownRow {
  threadId: string;
  status: string | null;
  awaitingSince: string | null;
  lastMessageAt: string | null;
  system: boolean;
  state: string | null;
  due: string | null;
  text: string;
  title: string;
  category: string | null;
  top: number;
  hidden: boolean;
}

/** What each row of the inbox list shows, in DOM order, with its position on screen. */
export function shownRows(page: Page): Promise<ShownRow[]> {
  return page.evaluate(() => [...document.querySelectorAll('kat-table-body kat-table-row[data-thread-id]')].map((r) => {
    const badge = r.querySelector('[data-si="deadline"]');
    const rect = r.getBoundingClientRect();
    return {
      threadId: r.getAttribute('data-thread-id') ?? '',
      status: r.getAttribute('data-status'),
      awaitingSince: r.querySelector('time.bsm-awaiting-since')?.getAttribute('datetime') ?? null,
      lastMessageAt: r.querySelector('time.bsm-last-message')?.getAttribute('datetime') ?? null,
      system: r.getAttribute('data-system') === 'true',
      state: badge?.getAttribute('data-si-state') ?? null,
      due: badge?.getAttribute('data-si-due') ?? null,
      text: badge?.textContent ?? '',
      title: (badge as HTMLElement | null)?.title ?? '',
      category: r.querySelector('[data-si="category"]')?.getAttribute('data-si-category') ?? null,
      top: rect.top + window.scrollY,
      hidden: rect.height === 0,
    };
  }));
}
