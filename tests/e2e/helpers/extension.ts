/**
 * Shared e2e set-up: the built extension in Chromium with the replica attached, and helpers to talk to
 * the background from an extension page (the same path the popup and options use).
 */
import type { Page } from 'playwright-core';
import { generateReplicaData } from '../../replica/data';
import { launchWithExtension, type ExtensionSession } from '../../replica/harness';
import { createReplicaServer } from '../../replica/server';

export const INBOX_URL = 'https://sellercentral.amazon.com/messaging/inbox?fi=RESPONSE_NEEDED&pn=1';

export interface E2ESession extends ExtensionSession {
  /** page errors (uncaught exceptions) seen on any Seller Central page */
  pageErrors: string[];
  newPage(): Promise<Page>;
  /** sends one protocol message from an extension page and returns the raw response */
  ask(message: unknown): Promise<unknown>;
}

export async function startSession(opts: { threads?: number; seed?: number; now?: Date } = {}): Promise<E2ESession> {
  const data = generateReplicaData({ seed: opts.seed ?? 1, threads: opts.threads ?? 120, now: opts.now });
  const session = await launchWithExtension({ replica: createReplicaServer(data) });
  const pageErrors: string[] = [];
  const newPage = async () => {
    const page = await session.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
    return page;
  };
  let extPage: Page | undefined;
  const ask = async (message: unknown) => {
    if (!extPage || extPage.isClosed()) {
      extPage = await session.context.newPage();
      await extPage.goto(`chrome-extension://${session.extensionId}/options.html`);
    }
    return extPage.evaluate((m) => chrome.runtime.sendMessage(m), message);
  };
  return { ...session, pageErrors, newPage, ask };
}
