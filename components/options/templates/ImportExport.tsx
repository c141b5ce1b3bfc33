/**
 * Import and export of the templates file (lib/templates/import-export.ts). Import reads the file here
 * first to show every problem with where it is, or what will change; the background checks it again and
 * stores all templates in one transaction (or none). Export downloads through an object URL.
 */
import { useId, useState } from 'react';
import type { Template } from '../../../lib/model';
import { parseTemplatesFile } from '../../../lib/templates/import-export';
import { sendRequest } from '../../messaging';
import { useT } from '../../i18n';
import { Button, ConfirmDialog, Dialog, Icon, buttonClass, useToast } from '../../ui';

type Pending =
  | { kind: 'errors'; file: string; errors: string[] }
  | { kind: 'confirm'; file: string; json: string; count: number; replacing: number };

export function downloadText(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ImportExport({ templates, onImported }: { templates: readonly Template[]; onImported: () => void }) {
  const t = useT();
  const toast = useToast();
  const inputId = useId();
  const [pending, setPending] = useState<Pending | null>(null);
  const [mode, setMode] = useState<'merge' | 'copy'>('merge');
  const [busy, setBusy] = useState(false);

  const read = async (file: File) => {
    const json = await file.text();
    const parsed = parseTemplatesFile(json);
    if (!parsed.ok) { setPending({ kind: 'errors', file: file.name, errors: parsed.errors }); return; }
    const ids = new Set(templates.map((x) => x.id));
    setMode('merge');
    setPending({ kind: 'confirm', file: file.name, json, count: parsed.templates.length, replacing: parsed.templates.filter((x) => ids.has(x.id)).length });
  };

  const runImport = async (json: string) => {
    setBusy(true);
    try {
      const r = await sendRequest({ type: 'templates/import', json, mode });
      toast.show({ text: t('tplImported', r.added, r.updated) });
      setPending(null);
      onImported();
    } catch (e) {
      toast.show({ text: t('tplImportFailed', e instanceof Error ? e.message : String(e)), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const runExport = async () => {
    try {
      const r = await sendRequest({ type: 'templates/export' });
      downloadText(`seller-inbox-templates-${new Date().toISOString().slice(0, 10)}.json`, r.json);
      toast.show({ text: t('tplExported', r.count) });
    } catch (e) {
      toast.show({ text: t('tplExportFailed', e instanceof Error ? e.message : String(e)), tone: 'error' });
    }
  };

  return (
    <>
      <label htmlFor={inputId} className={buttonClass()} data-si="tpl-import"><Icon name="upload" />{t('tplImport')}</label>
      <input id={inputId} type="file" accept=".json,application/json" className="si-visually-hidden" data-si="tpl-import-input"
        onChange={(e) => { const f = e.currentTarget.files?.[0]; e.currentTarget.value = ''; if (f) void read(f); }} />
      <Button icon="download" onClick={() => void runExport()} disabled={templates.length === 0} data-si="tpl-export">{t('tplExport')}</Button>

      {pending?.kind === 'errors' && (
        <Dialog title={t('tplImportErrorsTitle', pending.file)} onClose={() => setPending(null)} wide
          footer={<Button variant="primary" onClick={() => setPending(null)}>{t('tplClose')}</Button>}>
          <p>{t('tplImportErrorsBody')}</p>
          <ul className="opt-errors tpl-import-errors" data-si="tpl-import-errors">
            {pending.errors.slice(0, 30).map((e) => <li key={e} className="si-mono">{e}</li>)}
          </ul>
          {pending.errors.length > 30 && <p className="si-muted">{t('tplImportMoreErrors', pending.errors.length - 30)}</p>}
        </Dialog>
      )}
      {pending?.kind === 'confirm' && (
        <ConfirmDialog title={t('tplImportTitle', pending.file)} confirmLabel={t('tplImport')} cancelLabel={t('tplCancel')} busy={busy}
          onConfirm={() => void runImport(pending.json)} onCancel={() => setPending(null)}>
          <p>{t('tplImportSummary', pending.count)}</p>
          <fieldset className="tpl-import-mode">
            <legend className="si-visually-hidden">{t('tplImportMode')}</legend>
            <label>
              <input type="radio" name="tpl-import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
              <span><strong>{t('tplImportMerge')}</strong><br /><span className="si-muted">{t('tplImportMergeHint', pending.replacing, pending.count - pending.replacing)}</span></span>
            </label>
            <label>
              <input type="radio" name="tpl-import-mode" checked={mode === 'copy'} onChange={() => setMode('copy')} />
              <span><strong>{t('tplImportCopy')}</strong><br /><span className="si-muted">{t('tplImportCopyHint', pending.count)}</span></span>
            </label>
          </fieldset>
          <p className="si-muted">{t('tplImportAtomic')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
