/**
 * The history of report imports (what was imported, when, with what result), so the results stay after
 * the seller leaves the Imports page. Kept in the `meta` store under one key, newest first, at most
 * MAX_ENTRIES.
 */
import type { ImportPlan } from '../../imports/types';
import type { ReportKind } from '../../reports/types';
import type { SellerInboxDB } from '../database';
import { guardStorage } from '../errors';

export const IMPORT_HISTORY_KEY = 'importHistory';
const MAX_ENTRIES = 100;

export interface ImportHistoryEntry {
  at: string;
  fileName: string;
  kind: ReportKind;
  /** rows read, accepted and rejected (as the Imports page counted them) */
  rows?: number;
  accepted?: number;
  rejected?: number;
  result: ImportPlan;
}

export class ImportHistoryRepository {
  constructor(private readonly db: SellerInboxDB) {}

  add(entry: ImportHistoryEntry): Promise<void> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.meta, async () => {
        const list = await this.read();
        await this.db.meta.put({ key: IMPORT_HISTORY_KEY, value: [entry, ...list].slice(0, MAX_ENTRIES) });
      }),
    );
  }

  list(): Promise<ImportHistoryEntry[]> {
    return guardStorage(() => this.read());
  }

  private async read(): Promise<ImportHistoryEntry[]> {
    const v = (await this.db.meta.get(IMPORT_HISTORY_KEY))?.value;
    return Array.isArray(v) ? (v as ImportHistoryEntry[]) : [];
  }
}
