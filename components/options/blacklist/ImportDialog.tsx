/**
 * CSV import: drop or choose a file, see what will be imported and every line that will not (with
 * why), then confirm. The valid entries are stored in one transaction (`blacklist/import`).
 */
import { useState } from 'react';
import { blacklistFromCsv, type BlacklistCsvResult } from '../../../lib/blacklist-csv';
import type { BlacklistEntry } from '../../../lib/model';
import { sendRequest } from '../../messaging';
import { useT } from '../../i18n';
import { Badge, Button, Dialog, FileDrop, Table, type Column } from '../../ui';
import { marketplaceCode } from './entry-text';
import { importErrorText } from './import-errors';

const MAX_BYTES = 5 * 1024 * 1024;
const PREVIEW_ROWS = 50;
const ERROR_ROWS = 100;

interface Loaded { fileName: string; result: BlacklistCsvResult }

export function ImportDialog({ onClose, onImported }: { onClose: () => void; onImported: (added: number, updated: number) => void }) {
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  const onFile = async (file: File) => {
    setSaveError(null);
    if (file.size > MAX_BYTES) { setFileError(t('blImportTooBig', file.name, '5 MB')); setLoaded(null); return; }
    const text = await file.text();
    setFileError(null);
    setLoaded({ fileName: file.name, result: blacklistFromCsv(text, { now: new Date().toISOString() }) });
  };

  const confirm = async () => {
    if (!loaded) return;
    setBusy(true);
    try {
      const { added, updated } = await sendRequest({ type: 'blacklist/import', entries: loaded.result.entries });
      onImported(added, updated);
    } catch (e) {
      setSaveError(t('blImportFailed', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };

  const columns: Column<BlacklistEntry>[] = [
    { id: 'buyer', header: t('blColBuyer'), cell: (e) => e.buyerName ?? '—' },
    { id: 'order', header: t('blColOrder'), cell: (e) => <span className="si-mono">{e.orderId ?? '—'}</span> },
    { id: 'mp', header: t('blColMarketplace'), cell: (e) => marketplaceCode(e.marketplaceId) || t('blAnyMarketplaceShort') },
    { id: 'reason', header: t('blColReason'), cell: (e) => e.reason ?? '' },
  ];
  const count = loaded?.result.entries.length ?? 0;
  const errors = loaded?.result.errors ?? [];
  const errorLines = new Set(errors.map((e) => e.line)).size;

  return (
    <Dialog wide title={t('blImportTitle')} onClose={onClose} footer={(
      <>
        {loaded && <Button onClick={() => setLoaded(null)}>{t('blImportOtherFile')}</Button>}
        <span className="si-spacer" />
        <Button onClick={onClose}>{t('commonCancel')}</Button>
        <Button variant="primary" disabled={!count || busy} onClick={() => void confirm()} data-si="blacklist-import-confirm">
          {t('blImportConfirm', String(count))}
        </Button>
      </>
    )}>
      {!loaded && (
        <div className="si-stack">
          <FileDrop title={t('blImportDrop')} hint={t('blImportDropHint', 'buyer, order_id, marketplace, reason, added_at')}
            accept=".csv,.tsv,.txt,text/csv" onFile={(f) => void onFile(f)} data-si="blacklist-import-drop" />
          {fileError && <div className="si-notice si-notice--error" role="alert">{fileError}</div>}
        </div>
      )}
      {loaded && (
        <div data-si="blacklist-import-preview">
          <div className="si-row">
            <strong>{loaded.fileName}</strong>
          </div>
          <div className="opt-preview-stats">
            <Badge tone="ok">{t('blImportReady', String(count))}</Badge>
            {errors.length > 0 && <Badge tone="overdue">{t('blImportErrorLines', String(errorLines))}</Badge>}
          </div>
          {errors.length > 0 && (
            <>
              <h3 className="opt-section-title">{t('blImportSkipped')}</h3>
              <ul className="opt-errors" data-si="blacklist-import-errors">
                {errors.slice(0, ERROR_ROWS).map((e, i) => {
                  const text = importErrorText(e);
                  return <li key={i}>{e.line > 0 ? t('blImportLine', String(e.line), t(text.key, ...text.subs)) : t(text.key, ...text.subs)}</li>;
                })}
                {errors.length > ERROR_ROWS && <li>{t('blImportMoreErrors', String(errors.length - ERROR_ROWS))}</li>}
              </ul>
            </>
          )}
          {count > 0 && (
            <>
              <h3 className="opt-section-title">{t('blImportPreview', String(Math.min(count, PREVIEW_ROWS)), String(count))}</h3>
              <div className="si-card">
                <Table columns={columns} rows={loaded.result.entries.slice(0, PREVIEW_ROWS)} rowKey={(e) => e.id}
                  caption={t('blImportTitle')} maxHeight={260} />
              </div>
            </>
          )}
          {saveError && <div className="si-notice si-notice--error" role="alert" style={{ marginTop: 12 }}>{saveError}</div>}
        </div>
      )}
    </Dialog>
  );
}
