/**
 * Blacklist: buyers who never get a review request or campaign message. Search, add, remove (with
 * undo), CSV import with a preview, CSV export.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { blacklistToCsv } from '../../../lib/blacklist-csv';
import type { BlacklistEntry } from '../../../lib/model';
import { sendRequest } from '../../messaging';
import { useI18n } from '../../i18n';
import { Button, Card, EmptyState, Icon, IconButton, Table, useToast, type Column } from '../../ui';
import { AddEntryForm } from './AddEntryForm';
import { filterEntries, marketplaceCode } from './entry-text';
import { ImportDialog } from './ImportDialog';
import { downloadText } from './download';
import { SafeText } from '../../text/SafeText';
import { stripBidi } from '../../../lib/text';

export function BlacklistPage() {
  const { t, locale } = useI18n();
  const toast = useToast();
  const [entries, setEntries] = useState<BlacklistEntry[] | null>(null);
  const [query, setQuery] = useState('');
  const [importing, setImporting] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reload = useCallback(() => {
    sendRequest({ type: 'blacklist/list' }).then(({ entries: list }) => setEntries(list),
      (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e)));
  }, []);
  useEffect(reload, [reload]);

  const shown = useMemo(() => filterEntries(entries ?? [], query), [entries, query]);
  const date = useMemo(() => new Intl.DateTimeFormat(locale === 'zh_CN' ? 'zh-CN' : 'en-US', { dateStyle: 'medium' }), [locale]);

  const remove = async (entry: BlacklistEntry) => {
    const name = entry.buyerName ?? entry.orderId ?? entry.buyerKey ?? '';
    try {
      await sendRequest({ type: 'blacklist/remove', id: entry.id });
      setEntries((xs) => (xs ?? []).filter((x) => x.id !== entry.id));
      toast.show({
        text: t('blRemoved', name),
        action: {
          label: t('commonUndo'),
          run: () => {
            sendRequest({ type: 'blacklist/add', ...entry }).then(reload, (e: unknown) =>
              toast.show({ text: t('blAddFailed', e instanceof Error ? e.message : String(e)), tone: 'error' }));
          },
        },
      });
    } catch (e) {
      toast.show({ text: t('blRemoveFailed', e instanceof Error ? e.message : String(e)), tone: 'error' });
    }
  };

  const exportCsv = () => {
    const day = new Date().toISOString().slice(0, 10);
    // BOM: Excel opens the file as UTF-8 (Chinese and accented names stay readable)
    downloadText(`seller-inbox-blacklist-${day}.csv`, `\uFEFF${blacklistToCsv(entries ?? [])}`, 'text/csv;charset=utf-8');
  };

  const columns: Column<BlacklistEntry>[] = [
    { id: 'buyer', header: t('blColBuyer'), cell: (e) => (e.buyerName ? <SafeText value={e.buyerName} warning={t('suspiciousText')} /> : <span className="si-muted">{e.buyerKey ?? '—'}</span>) },
    { id: 'order', header: t('blColOrder'), cell: (e) => (e.orderId ? <span className="si-mono">{e.orderId}</span> : <span className="si-muted">—</span>) },
    { id: 'mp', header: t('blColMarketplace'), cell: (e) => marketplaceCode(e.marketplaceId) || <span className="si-muted">{t('blAnyMarketplaceShort')}</span> },
    { id: 'reason', header: t('blColReason'), cell: (e) => stripBidi(e.reason ?? '') },
    { id: 'added', header: t('blColAdded'), cell: (e) => <span className="si-muted">{date.format(new Date(e.addedAt))}</span> },
    {
      id: 'actions', header: <span className="si-visually-hidden">{t('blColActions')}</span>, align: 'end',
      cell: (e) => <IconButton icon="trash" size="sm" label={t('blRemoveLabel', e.buyerName ?? e.orderId ?? '')} onClick={() => void remove(e)} />,
    },
  ];

  if (loadError) return <div className="si-notice si-notice--error" role="alert">{t('blLoadFailed', loadError)}</div>;

  return (
    <div className="opt-sections">
      <AddEntryForm onAdded={(entry) => setEntries((xs) => [entry, ...(xs ?? [])])} />
      <Card flush title={t('blListTitle', String(entries?.length ?? 0))} actions={(
        <>
          <div className="opt-search">
            <Icon name="search" />
            <input className="si-input" type="search" value={query} placeholder={t('blSearchPlaceholder')} aria-label={t('blSearchLabel')}
              onChange={(e) => setQuery(e.currentTarget.value)} data-si="blacklist-search" />
          </div>
          <Button icon="upload" onClick={() => setImporting(true)} data-si="blacklist-import">{t('blImportButton')}</Button>
          <Button icon="download" onClick={exportCsv} disabled={!entries?.length} data-si="blacklist-export">{t('blExportButton')}</Button>
        </>
      )}>
        {entries && (
          <Table columns={columns} rows={shown} rowKey={(e) => e.id} caption={t('navBlacklist')}
            empty={entries.length === 0
              ? <EmptyState icon="blacklist" title={t('blEmptyTitle')}>{t('blEmptyBody')}</EmptyState>
              : <EmptyState icon="search" title={t('blNoMatchTitle')}>{t('blNoMatchBody', query)}</EmptyState>} />
        )}
      </Card>
      {importing && (
        <ImportDialog onClose={() => setImporting(false)} onImported={(added, updated) => {
          setImporting(false);
          toast.show({ text: t('blImported', String(added), String(updated)) });
          reload();
        }} />
      )}
    </div>
  );
}
