/**
 * Popup open time with 50 account-marketplaces stored: from the popup page's navigation start to the counts
 * on screen (the `si-popup-ready` mark), median of 7 fresh opens after a warm-up.
 */
import { MARKETPLACES } from '../../../lib/marketplaces';
import { generateReplicaData } from '../../replica/data';
import { launchWithExtension } from '../../replica/harness';
import { createReplicaServer } from '../../replica/server';
import { median } from '../stats';
import type { MetricSource } from '../types';

const HOUR = 3_600_000;

export const popup: MetricSource = async () => {
  const s = await launchWithExtension({ replica: createReplicaServer(generateReplicaData({ seed: 3, threads: 50 })) });
  try {
    const ext = await s.context.newPage();
    await ext.goto(`chrome-extension://${s.extensionId}/options.html`);
    const now = Date.now();
    const pairs: Array<[string, string]> = [];
    for (let a = 0; pairs.length < 50; a++) {
      for (const mp of MARKETPLACES.slice(0, 10)) if (pairs.length < 50) pairs.push([`A${String(a).padStart(2, '0')}BENCHSELLER`, mp.id]);
    }
    for (const [accountId, marketplaceId] of pairs) {
      const threads = Array.from({ length: 10 }, (_, i) => ({
        threadId: `bench-${i}`, buyerName: `Buyer ${i}`, status: 'response-needed', isSystem: false, orderIds: [],
        oldestUnansweredAt: new Date(now - (i * 3 + 1) * HOUR).toISOString(),
      }));
      await ext.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'threads/upsert', accountId, marketplaceId, threads });
    }
    await ext.close();
    const times: number[] = [];
    for (let i = 0; i < 8; i++) {
      const page = await s.context.newPage();
      await page.setViewportSize({ width: 360, height: 600 });
      await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
      await page.waitForFunction(() => performance.getEntriesByName('si-popup-ready').length > 0, null, { timeout: 10_000 });
      const ready = await page.evaluate(() => performance.getEntriesByName('si-popup-ready')[0]?.startTime ?? NaN);
      if (i > 0) times.push(ready);
      await page.close();
    }
    return [{ name: 'popup open to counts, 50 account-marketplaces', value: Math.round(median(times)), unit: 'ms', goal: 100,
      note: `median of ${times.length} opens; 500 stored threads` }];
  } finally {
    await s.close();
  }
};
