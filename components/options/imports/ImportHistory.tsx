/** Past imports (kept in the database): when, which file, which report, rows accepted and rejected, what changed. */
import { useEffect, useMemo, useState } from 'react';
import type { ImportHistoryEntry } from '../../../lib/db/repositories/import-history';
import { IMPORT_TABLES } from '../../../lib/imports/types';
import { sendRequest } from '../../messaging';
import { useI18n } from '../../i18n';
import { Card, Table, type Column } from '../../ui';
import { KIND_LABEL_KEYS } from './format';

export function ImportHistory({ refreshKey }: { refreshKey: number }) {
  const { t, locale } = useI18n();
  const [entries, setEntries] = useState<ImportHistoryEntry[] | null>(null);
  const fmt = useMemo(() => new Intl.DateTimeFormat(locale === 'zh_CN' ? 'zh-CN' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' }), [locale]);
  const num = useMemo(() => new Intl.NumberFormat(locale === 'zh_CN' ? 'zh-CN' : 'en-US'), [locale]);
  useEffect(() => { sendRequest({ type: 'imports/history' }).then((r) => setEntries(r.entries), () => setEntries([])); }, [refreshKey]);
  if (!entries) return null;
  const sum = (e: ImportHistoryEntry, k: 'new' | 'updated' | 'unchanged') => IMPORT_TABLES.reduce((n, x) => n + (e.result[x]?.[k] ?? 0), 0);
  const columns: Column<ImportHistoryEntry>[] = [
    { id: 'when', header: t('impHistWhen'), cell: (e) => fmt.format(new Date(e.at)) },
    { id: 'file', header: t('impHistFile'), cell: (e) => <span className="si-mono">{e.fileName}</span> },
    { id: 'kind', header: t('impKindLabel'), cell: (e) => t(KIND_LABEL_KEYS[e.kind] ?? 'impKindUnknown') },
    { id: 'rows', header: t('impHistRows'), cell: (e) => (e.accepted === undefined ? '—' : t('impHistRowsValue', num.format(e.accepted), num.format(e.rejected ?? 0))) },
    { id: 'changes', header: t('impHistChanges'), cell: (e) => t('impDone', num.format(sum(e, 'new')), num.format(sum(e, 'updated')), num.format(sum(e, 'unchanged'))) },
  ];
  return (
    <Card flush title={t('impHistTitle')} description={t('impHistDesc')}>
      <div data-si="imports-history">
        <Table columns={columns} rows={entries} rowKey={(e) => `${e.at}|${e.fileName}`} caption={t('impHistTitle')} maxHeight={360}
          empty={<p className="si-muted imp-tabs__empty">{t('impHistEmpty')}</p>} />
      </div>
    </Card>
  );
}
