/** Typed settings with defaults, one record per key in the `settings` table. */
import type { SellerInboxDB } from '../database';
import { guardStorage } from '../errors';
import {
  SETTING_KEYS, settingOrDefault, type SettingKey, type Settings, type SettingsPatch,
} from '../settings-schema';

export class SettingsRepository {
  constructor(private readonly db: SellerInboxDB) {}

  async get<K extends SettingKey>(key: K): Promise<Settings[K]> {
    const rec = await guardStorage(() => this.db.settings.get(key));
    return settingOrDefault(key, rec?.value);
  }

  /** Every setting, stored value or default. */
  getAll(): Promise<Settings> {
    return guardStorage(async () => {
      const recs = await this.db.settings.bulkGet(SETTING_KEYS);
      const out: Record<string, unknown> = {};
      SETTING_KEYS.forEach((k, i) => { out[k] = settingOrDefault(k, recs[i]?.value); });
      return out as Settings;
    });
  }

  /** Stores the given settings (already validated by the caller's schema) together; returns all settings. */
  set(patch: SettingsPatch): Promise<Settings> {
    return guardStorage(async () => {
      const recs = Object.entries(patch)
        .filter(([k, val]) => val !== undefined && (SETTING_KEYS as string[]).includes(k))
        .map(([key, value]) => ({ key, value }));
      await this.db.transaction('rw', this.db.settings, () => this.db.settings.bulkPut(recs));
      return this.getAll();
    });
  }
}
