/**
 * Backup: export everything as one JSON file (lib/backup), and import one: drop the file, see what would
 * change per table (merge or replace), confirm. The import runs in one transaction in the background.
 */
import { useState } from 'react';
import type { ImportMode, ImportPreview, TableChange } from '../../../lib/backup/diff';
import type { BackupTable } from '../../../lib/backup/format';
import type { BackupImportResponse } from '../../../lib/protocol/handlers/options-data-types';
import { sendRequest } from '../../messaging';
import { useI18n } from '../../i18n';
import { Badge, Button, Card, FileDrop, Icon, Table, useToast, type Column } from '../../ui';
import { downloadText } from '../blacklist/download';
import './backup.css';

interface Loaded { name: string; size: number; json: string }

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function BackupPage() {
  const { t, locale } = useI18n();
  const toast = useToast();
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<{ fileName: string; counts: Record<BackupTable, number> } | null>(null);
  const [file, setFile] = useState<Loaded | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [result, setResult] = useState<BackupImportResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const num = new Intl.NumberFormat(locale === 'zh_CN' ? 'zh-CN' : 'en-US');
  const date = new Intl.DateTimeFormat(locale === 'zh_CN' ? 'zh-CN' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' });

  const doExport = async () => {
    setExporting(true);
    try {
      const r = await sendRequest({ type: 'backup/export' });
      downloadText(r.fileName, r.json, 'application/json');
      setExported({ fileName: r.fileName, counts: r.counts });
    } catch (e) {
      toast.show({ text: t('bkExportFailed', message(e)), tone: 'error' });
    } finally {
      setExporting(false);
    }
  };

  const preview = async (loaded: Loaded, m: ImportMode) => {
    setBusy(true);
    setResult(null);
    try {
      setResult(await sendRequest({ type: 'backup/preview', json: loaded.json, mode: m }));
    } catch (e) {
      setResult({ ok: false, errors: [message(e)] });
    } finally {
      setBusy(false);
    }
  };

  const onFile = (f: File) => {
    f.text().then((json) => {
      const loaded = { name: f.name, size: f.size, json };
      setFile(loaded);
      void preview(loaded, mode);
    }, (e: unknown) => setResult({ ok: false, errors: [message(e)] }));
  };

  const changeMode = (m: ImportMode) => {
    setMode(m);
    if (file) void preview(file, m);
  };

  const reset = () => { setFile(null); setResult(null); };

  const doImport = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const r = await sendRequest({ type: 'backup/import', json: file.json, mode });
      if (r.ok) {
        const x = r.preview.totals;
        toast.show({ text: t('bkImported', String(x.added), String(x.updated), String(x.removed)) });
        reset();
      } else setResult(r);
    } catch (e) {
      toast.show({ text: t('bkImportFailed', message(e)), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const totalExported = exported ? Object.values(exported.counts).reduce((s, n) => s + n, 0) : 0;

  return (
    <div className="opt-sections" data-si="backup">
      <Card title={t('bkExportTitle')} description={t('bkExportDesc')} actions={(
        <Button variant="primary" icon="download" onClick={() => void doExport()} disabled={exporting} data-si="backup-export">
          {exporting ? t('bkExporting') : t('bkExportButton')}
        </Button>
      )}>
        <ul className="bk-points">
          <li><Icon name="check" /> {t('bkPointEverything')}</li>
          <li><Icon name="check" /> {t('bkPointLocal')}</li>
          <li><Icon name="check" /> {t('bkPointDeterministic')}</li>
        </ul>
        {exported && (
          <div className="si-notice si-notice--ok bk-exported" role="status" data-si="backup-exported">
            {t('bkExportedSummary', exported.fileName, num.format(totalExported))}
          </div>
        )}
      </Card>

      <Card flush title={t('bkImportTitle')} description={t('bkImportDesc')}>
        <div className="bk-import">
          <fieldset className="bk-modes">
            <legend className="si-field__label">{t('bkModeLabel')}</legend>
            {(['merge', 'replace'] as const).map((m) => (
              <label key={m} className={`bk-mode ${mode === m ? 'bk-mode--on' : ''}`}>
                <input type="radio" name="bk-mode" value={m} checked={mode === m} onChange={() => changeMode(m)} data-si={`backup-mode-${m}`} />
                <span>
                  <span className="bk-mode__title">{t(m === 'merge' ? 'bkModeMerge' : 'bkModeReplace')}</span>
                  <span className="si-field__hint">{t(m === 'merge' ? 'bkModeMergeHint' : 'bkModeReplaceHint')}</span>
                </span>
              </label>
            ))}
          </fieldset>
          {!file ? (
            <FileDrop title={t('bkDropTitle')} hint={t('bkDropHint')} accept=".json,application/json" onFile={onFile} data-si="backup-drop" />
          ) : (
            <div className="bk-file">
              <Icon name="backup" />
              <span className="bk-file__name">{file.name}</span>
              <span className="si-muted">{num.format(Math.ceil(file.size / 1024))} KB</span>
              {result?.ok && <span className="si-muted">· {t('bkFileFrom', date.format(new Date(result.exportedAt)))}</span>}
              <span className="si-spacer" />
              <Button size="sm" variant="ghost" icon="close" onClick={reset} data-si="backup-clear">{t('bkChooseOther')}</Button>
            </div>
          )}
        </div>
        {busy && !result && <div className="bk-busy si-muted" aria-busy="true">{t('bkReading')}</div>}
        {result && !result.ok && (
          <div className="bk-errors" role="alert" data-si="backup-errors">
            <div className="bk-errors__title">{t('bkInvalid', String(result.errors.length))}</div>
            <ul className="opt-errors">{result.errors.map((e) => <li key={e} className="si-mono">{e}</li>)}</ul>
          </div>
        )}
        {result?.ok && (
          <PreviewTable preview={result.preview} warnings={result.warnings} busy={busy} onCancel={reset} onConfirm={() => void doImport()} />
        )}
      </Card>
    </div>
  );
}

function PreviewTable({ preview, warnings, busy, onCancel, onConfirm }: {
  preview: ImportPreview; warnings: string[]; busy: boolean; onCancel: () => void; onConfirm: () => void;
}) {
  const { t } = useI18n();
  const replace = preview.mode === 'replace';
  const n = (x: number, tone?: 'ok' | 'soon' | 'overdue') => (x === 0 ? <span className="si-muted">0</span> : tone ? <Badge tone={tone}>{x}</Badge> : <>{x}</>);
  const columns: Column<TableChange>[] = [
    { id: 'table', header: t('bkColTable'), cell: (c) => t(`bkTable_${c.table}`) },
    { id: 'added', header: t('bkColAdded'), align: 'end', cell: (c) => n(c.added, 'ok') },
    { id: 'updated', header: t('bkColUpdated'), align: 'end', cell: (c) => n(c.updated, 'soon') },
    { id: 'unchanged', header: t('bkColUnchanged'), align: 'end', cell: (c) => n(c.unchanged) },
    { id: 'other', header: replace ? t('bkColRemoved') : t('bkColKept'), align: 'end', cell: (c) => n(c.notInFile, replace ? 'overdue' : undefined) },
  ];
  const x = preview.totals;
  const nothing = x.added + x.updated + x.removed === 0;
  return (
    <div className="bk-preview" data-si="backup-preview">
      <div className="bk-preview__summary">
        <h3 className="opt-section-title">{t('bkPreviewTitle')}</h3>
        <div className="opt-preview-stats">
          <Badge tone="ok">{t('bkSumAdded', String(x.added))}</Badge>
          <Badge tone="soon">{t('bkSumUpdated', String(x.updated))}</Badge>
          <Badge>{t('bkSumUnchanged', String(x.unchanged))}</Badge>
          {replace ? <Badge tone="overdue">{t('bkSumRemoved', String(x.removed))}</Badge> : <Badge>{t('bkSumKept', String(x.kept))}</Badge>}
          {x.merged ? <Badge data-si="backup-merged">{t('bkSumMerged', String(x.merged))}</Badge> : null}
        </div>
      </div>
      <Table columns={columns} rows={preview.tables} rowKey={(c) => c.table} caption={t('bkPreviewTitle')} />
      {warnings.length > 0 && <ul className="bk-warnings">{warnings.map((w) => <li key={w} className="si-mono">{w}</li>)}</ul>}
      {replace && x.removed > 0 && <div className="si-notice si-notice--error bk-replace-warning">{t('bkReplaceWarning', String(x.removed))}</div>}
      <div className="si-card__footer">
        <Button onClick={onCancel}>{t('commonCancel')}</Button>
        <Button variant={replace ? 'danger' : 'primary'} icon="upload" onClick={onConfirm} disabled={busy || nothing} data-si="backup-confirm">
          {nothing ? t('bkNothingToImport') : replace ? t('bkConfirmReplace') : t('bkConfirmMerge')}
        </Button>
      </div>
    </div>
  );
}
