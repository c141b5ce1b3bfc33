/** Blacklist import/export as CSV. */
export { blacklistToCsv, buyerCell } from './export';
export { blacklistFromCsv, blacklistEntryId, type BlacklistCsvError, type BlacklistCsvResult } from './import';
export { BLACKLIST_CSV_HEADER, guardFormula, unguardFormula } from './columns';
