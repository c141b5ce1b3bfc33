/**
 * Stored translations (lib/translate/cache.ts, Dexie table `translations`): a message translated once shows
 * translated again when its case is opened later. Bounded: beyond `max` entries the oldest go, in the same
 * transaction as the write.
 */
import type { CachedTranslation } from '../../translate/cache';
import type { SellerInboxDB } from '../database';
import { guardStorage } from '../errors';

export const TRANSLATIONS_MAX = 5_000;

export class TranslationsRepository {
  constructor(private readonly db: SellerInboxDB, private readonly max = TRANSLATIONS_MAX) {}

  /** The stored entries among `keys` (missing ones are left out). */
  getMany(keys: readonly string[]): Promise<CachedTranslation[]> {
    return guardStorage(async () => (await this.db.translations.bulkGet([...keys])).filter((e): e is CachedTranslation => e !== undefined));
  }

  put(entry: CachedTranslation): Promise<void> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.translations, async () => {
        await this.db.translations.put(entry);
        const excess = (await this.db.translations.count()) - this.max;
        if (excess > 0) await this.db.translations.bulkDelete(await this.db.translations.orderBy('at').limit(excess).primaryKeys());
      }),
    );
  }
}
