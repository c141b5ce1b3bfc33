/**
 * The e2e session of the campaign runner's tests (campaigns-runner, the Contact Buyer page's campaigns-contact-*): the
 * replica (seed 1) and the built extension, its options page, a CDP session with the service worker domain on (the
 * tests stop the worker), and `ask`: one protocol message from the options page. SI_EXTENSION_DIR: a copy of the build
 * (others may rebuild .output meanwhile).
 */
import type { CDPSession, Page } from 'playwright-core';
import { generateReplicaData, type ReplicaData } from '../../replica/data';
import { launchWithExtension, type ExtensionSession } from '../../replica/harness';
import { createReplicaServer, type ReplicaServer } from '../../replica/server';
import type { Faults } from '../../replica/server/types';
import { until } from './until';

export interface Session extends ExtensionSession { data: ReplicaData; server: ReplicaServer; page: Page; cdp: CDPSession; ask<T = unknown>(m: unknown): Promise<T> }

/**
 * How long a message may wait for the service worker to answer while it (re)starts: after a stop, Chromium starts it
 * again for the message, and until its listener is in place a message finds no receiver or gets no answer.
 */
const WORKER_ANSWER_MS = 10_000;
const STARTING = /receiving end|message port|no response/i;

/** The replica (seed 1, `threads` threads; `edit` changes its data before the server starts) and the extension. */
export async function start(threads: number, markup?: Faults['markup'], edit?: (data: ReplicaData) => void): Promise<Session> {
  const data = generateReplicaData({ seed: 1, threads, now: new Date() });
  edit?.(data);
  const server = createReplicaServer(data);
  if (markup) server.setFaults({ markup });
  const s = await launchWithExtension({ replica: server, ...(process.env.SI_EXTENSION_DIR ? { extensionDir: process.env.SI_EXTENSION_DIR } : {}) });
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/options.html#/settings`);
  const cdp = await s.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  // asked again while the worker (re)starts: every handler answers something, so no answer means no worker yet
  const ask = async <T,>(m: unknown): Promise<T> => {
    const type = (m as { type?: unknown }).type;
    const { r } = await until(`the service worker to answer ${String(type)}`, async () => {
      try {
        const answer = await page.evaluate((msg) => chrome.runtime.sendMessage(msg), m) as T & { error?: { message: string } };
        return answer === undefined ? undefined : { r: answer };
      } catch (e) {
        if (STARTING.test(String(e))) return undefined;
        throw e;
      }
    }, WORKER_ANSWER_MS, 100);
    if (r && typeof r === 'object' && 'error' in r && r.error) throw new Error(r.error.message);
    return r;
  };
  await ask({ type: 'ping' });
  return { ...s, data, server, page, cdp, ask };
}
