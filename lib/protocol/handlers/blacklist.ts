/** Handlers for the blacklist (options page: list, add, remove with undo, CSV import). */
import type { BlacklistEntry } from '../../model';
import { guardStorage } from '../../db/errors';
import { HandlerError } from '../define';
import type { RequestOf } from '../messages';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

type BlacklistHandlers = Pick<Handlers, 'blacklist/list' | 'blacklist/add' | 'blacklist/remove' | 'blacklist/import'>;

type Input = Omit<RequestOf<'blacklist/add'>, 'type'>;

/** Drops empty strings and undefined fields (trimmed), so stored entries stay minimal. */
function clean<T extends Input>(input: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(input)) {
    if (k === 'type' || val === undefined) continue;
    const v = typeof val === 'string' ? val.trim() : val;
    if (v !== '') out[k] = v;
  }
  return out as T;
}

const sameBuyer = (a: BlacklistEntry, b: Input): boolean =>
  !!a.buyerName && !!b.buyerName && a.buyerName.toLowerCase() === b.buyerName.toLowerCase()
  && (a.marketplaceId ?? '') === (b.marketplaceId ?? '');

export function blacklistHandlers({ repos, now }: HandlerDeps): BlacklistHandlers {
  const { db } = repos;
  return {
    'blacklist/list': async () => ({ entries: await repos.blacklist.list() }),

    'blacklist/add': async (request) => {
      const input = clean(request);
      if (!input.buyerKey && !input.orderId && !input.buyerName) {
        throw new HandlerError('invalid-request', 'A blacklist entry needs an order id or a buyer name.');
      }
      return guardStorage(() =>
        db.transaction('rw', db.blacklist, async () => {
          if (!input.id) {
            const existing = input.orderId
              ? await db.blacklist.where('orderId').equals(input.orderId).first()
              : (await db.blacklist.where('buyerName').equalsIgnoreCase(input.buyerName ?? '').toArray()).find((e) => sameBuyer(e, input));
            if (existing) return { entry: existing, duplicate: true };
          }
          return { entry: await repos.blacklist.add(input), duplicate: false };
        }),
      );
    },

    'blacklist/remove': async ({ id }) =>
      guardStorage(() =>
        db.transaction('rw', db.blacklist, async () => {
          const entry = await db.blacklist.get(id);
          if (entry) await db.blacklist.delete(id);
          return { removed: entry ?? null };
        }),
      ),

    'blacklist/import': async ({ entries }) => {
      const at = now().toISOString();
      const records = entries.map((e) => ({ ...clean(e), addedAt: e.addedAt ?? at }) as BlacklistEntry);
      for (const [i, r] of records.entries()) {
        if (!r.buyerKey && !r.orderId && !r.buyerName) {
          throw new HandlerError('invalid-request', `entries[${i}]: needs an order id or a buyer name`);
        }
      }
      return guardStorage(() =>
        db.transaction('rw', db.blacklist, async () => {
          const stored = await db.blacklist.bulkGet(records.map((r) => r.id));
          const updated = stored.filter(Boolean).length;
          await db.blacklist.bulkPut(records);
          return { added: records.length - updated, updated };
        }),
      );
    },
  };
}
