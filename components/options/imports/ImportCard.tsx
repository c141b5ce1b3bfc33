/**
 * One dropped file: progress while it is read and sent, then the preview (kind, rows accepted and
 * rejected, what will change, the first rows, every rejected row with why) and Confirm / Cancel.
 */
import { useState } from 'react';
import { IMPORT_TABLES, type ImportPlan } from '../../../lib/imports';
import { MARKETPLACES } from '../../../lib/marketplaces';
import { REPORT_KINDS, type ReportKind } from '../../../lib/reports';
import { useI18n } from '../../i18n';
import { Badge, Button, IconButton, Select, Tabs, type BadgeTone } from '../../ui';
import { downloadText } from '../blacklist/download';
import type { ImportController, ImportJob } from './controller';
import { ErrorsTable } from './ErrorsTable';
import { formatBytes, intlLocale, KIND_LABEL_KEYS, TABLE_LABEL_KEYS } from './format';
import { SampleTable } from './SampleTable';

const isFeedback = (k?: string) => k === 'seller-feedback' || k === 'seller-feedback-legacy';
/** the kinds with dates that are days in the marketplace's zone */
const needsMarketplace = (k?: string) => isFeedback(k) || k === 'returns-seller-fulfilled';
const BUSY = new Set(['queued', 'parsing', 'planning', 'committing']);

function ProgressBar({ value, label, indeterminate }: { value: number; label: string; indeterminate?: boolean }) {
  const pct = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className="imp-progress" data-si="imports-progress">
      <div className="imp-progress__label"><span>{label}</span>{!indeterminate && <span className="si-mono">{pct}%</span>}</div>
      <div className={`imp-progress__track ${indeterminate ? 'imp-progress__track--busy' : ''}`} role="progressbar"
        aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={indeterminate ? undefined : pct}>
        <div className="imp-progress__bar" style={indeterminate ? undefined : { width: `${pct}%` }} />
      </div>
    </div>
  );
}

function ChangeTable({ plan, fmt }: { plan: ImportPlan; fmt: (n: number) => string }) {
  const { t } = useI18n();
  const tables = IMPORT_TABLES.filter((x) => plan[x]);
  return (
    <table className="imp-changes" data-si="imports-changes">
      <caption className="si-visually-hidden">{t('impChangesTitle')}</caption>
      <thead>
        <tr><th scope="col" /><th scope="col">{t('impNew')}</th><th scope="col">{t('impUpdated')}</th><th scope="col">{t('impUnchanged')}</th></tr>
      </thead>
      <tbody>
        {tables.map((x) => {
          const c = plan[x]!;
          return (
            <tr key={x} data-si={`imports-changes-${x}`}>
              <th scope="row">{t(TABLE_LABEL_KEYS[x])}</th>
              <td className={c.new ? 'imp-changes--new' : 'imp-changes--zero'} data-si="new">{fmt(c.new)}</td>
              <td className={c.updated ? 'imp-changes--updated' : 'imp-changes--zero'} data-si="updated">{fmt(c.updated)}</td>
              <td className="imp-changes--zero" data-si="unchanged">{fmt(c.unchanged)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function ImportCard({ job, controller }: { job: ImportJob; controller: ImportController }) {
  const { t, locale } = useI18n();
  const nf = new Intl.NumberFormat(intlLocale(locale));
  const fmt = (n: number) => nf.format(n);
  const errorCount = job.errors.length + job.fileErrors.length;
  const [tab, setTab] = useState<'errors' | 'sample' | null>(null);
  const activeTab = tab ?? (errorCount ? 'errors' : 'sample');
  const busy = BUSY.has(job.phase);
  const kind = job.kind ?? 'unknown';
  const canConfirm = job.phase === 'preview' && !!job.plan && job.stats.accepted > 0 && !job.needsMarketplace;
  const toWrite = job.plan ? IMPORT_TABLES.reduce((n, x) => n + (job.plan?.[x]?.new ?? 0) + (job.plan?.[x]?.updated ?? 0), 0) : 0;

  const status: { tone: BadgeTone; text: string } = {
    queued: { tone: 'neutral' as const, text: t('impPhaseQueued') },
    parsing: { tone: 'accent' as const, text: t('impPhaseParsing') },
    planning: { tone: 'accent' as const, text: t('impPhasePlanning') },
    preview: errorCount ? { tone: 'soon' as const, text: t('impPhasePreviewErrors') } : { tone: 'accent' as const, text: t('impPhasePreview') },
    committing: { tone: 'accent' as const, text: t('impPhaseCommitting') },
    done: { tone: 'ok' as const, text: t('impPhaseDone') },
    failed: { tone: 'overdue' as const, text: t('impPhaseFailed') },
    cancelled: { tone: 'neutral' as const, text: t('impPhaseCancelled') },
  }[job.phase];

  const kindOptions = [
    { value: '', label: t('impKindAuto') },
    ...REPORT_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL_KEYS[k]) })),
  ];
  const marketplaceOptions = [
    ...(job.marketplace ? [] : [{ value: '', label: t('impMarketplaceChoose') }]),
    ...MARKETPLACES.map((m) => ({ value: m.code, label: `${m.code} · ${m.retailDomain}` })),
  ];
  const guessHint = job.guess && job.guess.code === job.marketplace ? t(`impGuess_${job.guess.reason.replace('-', '_')}`) : undefined;

  const progressLabel = job.phase === 'parsing'
    ? t('impProgressParsing', fmt(job.stats.rows))
    : job.phase === 'planning' ? t('impProgressPlanning')
      : job.phase === 'committing' ? t('impProgressCommitting', fmt(job.records)) : t('impPhaseQueued');

  return (
    <section className={`si-card imp-card imp-card--${job.phase}`} data-si="import-job" data-phase={job.phase} aria-labelledby={`imp-${job.id}`}>
      <header className="si-card__header">
        <span className="imp-file-icon" aria-hidden="true">TXT</span>
        <div className="si-spacer imp-card__heading">
          <h2 className="si-card__title imp-ellipsis" id={`imp-${job.id}`}>{job.file.name}</h2>
          <div className="si-card__desc">
            {formatBytes(job.file.size, intlLocale(locale))}
            {job.encoding && <> · {job.encoding.toUpperCase()}</>}
            {job.kind && <> · <span data-si="imports-kind">{t(KIND_LABEL_KEYS[kind])}</span></>}
          </div>
        </div>
        <Badge tone={status.tone} data-si="imports-status">{status.text}</Badge>
        {job.phase !== 'committing' && (
          <IconButton icon="close" size="sm" label={busy || job.phase === 'preview' ? t('impCancelFile', job.file.name) : t('impRemoveFile', job.file.name)}
            onClick={() => controller.cancel(job.id)} data-si="imports-dismiss" />
        )}
      </header>

      <div className="si-card__body si-stack">
        {busy && (
          <ProgressBar value={job.progress} label={progressLabel} indeterminate={job.phase === 'planning' || job.phase === 'queued'} />
        )}

        {(job.phase === 'preview' || job.phase === 'failed') && job.kind && (
          <div className="imp-settings">
            <Select label={t('impKindLabel')} value={job.chosenKind ?? ''} options={kindOptions} fieldClassName="imp-settings__kind"
              onChange={(e) => controller.reread(job.id, { kind: (e.currentTarget.value || undefined) as ReportKind | undefined })}
              data-si="imports-kind-select" />
            {needsMarketplace(job.kind) && (
              <Select label={t('impMarketplaceLabel')} value={job.marketplace ?? ''} options={marketplaceOptions}
                hint={job.needsMarketplace ? t(isFeedback(job.kind) ? 'impMarketplaceNeeded' : 'impMarketplaceNeededReturns') : guessHint}
                fieldClassName="imp-settings__mp"
                onChange={(e) => controller.reread(job.id, { marketplace: e.currentTarget.value || undefined })}
                data-si="imports-marketplace-select" />
            )}
          </div>
        )}

        {(job.phase === 'preview' || job.phase === 'done' || job.phase === 'committing') && job.stats.rows + errorCount > 0 && (
          <div className="imp-stats" data-si="imports-stats">
            <div className="imp-stat"><span className="imp-stat__value" data-si="rows">{fmt(job.stats.rows)}</span><span className="imp-stat__label">{t('impStatRows')}</span></div>
            <div className="imp-stat imp-stat--ok"><span className="imp-stat__value" data-si="accepted">{fmt(job.stats.accepted)}</span><span className="imp-stat__label">{t('impStatAccepted')}</span></div>
            <div className={`imp-stat ${job.stats.rejected ? 'imp-stat--bad' : ''}`}><span className="imp-stat__value" data-si="rejected">{fmt(job.stats.rejected)}</span><span className="imp-stat__label">{t('impStatRejected')}</span></div>
            <div className="imp-stat imp-stat--wide">
              {job.plan
                ? <ChangeTable plan={job.phase === 'done' && job.result ? job.result : job.plan} fmt={fmt} />
                : <span className="si-muted">{t('impNothingToImport')}</span>}
            </div>
          </div>
        )}

        {job.fileErrors.length > 0 && (
          <div className="si-notice si-notice--error" role="alert" data-si="imports-file-error">
            {job.fileErrors.map((e, i) => <div key={i}>{e.line > 0 ? t('impLineReason', String(e.line), e.reason) : e.reason}</div>)}
          </div>
        )}
        {job.warnings.length > 0 && (job.phase === 'preview' || job.phase === 'done') && (
          <div className="si-notice" data-si="imports-warnings">
            {job.warnings.map((e, i) => <div key={i}>{e.line > 0 ? t('impLineReason', String(e.line), e.reason) : e.reason}</div>)}
          </div>
        )}
        {job.phase === 'failed' && job.message && (
          <div className="si-notice si-notice--error" role="alert" data-si="imports-failed">{t('impFailed', job.message)}</div>
        )}
        {job.phase === 'cancelled' && <div className="si-notice" data-si="imports-cancelled">{t('impCancelledNothingSaved')}</div>}
        {job.phase === 'done' && job.result && (
          <div className="si-notice si-notice--ok" role="status" data-si="imports-done">
            {t('impDone', fmt(IMPORT_TABLES.reduce((n, x) => n + (job.result?.[x]?.new ?? 0), 0)),
              fmt(IMPORT_TABLES.reduce((n, x) => n + (job.result?.[x]?.updated ?? 0), 0)),
              fmt(IMPORT_TABLES.reduce((n, x) => n + (job.result?.[x]?.unchanged ?? 0), 0)))}
          </div>
        )}

        {(job.phase === 'preview' || job.phase === 'parsing') && (job.sample || job.errors.length > 0) && (errorCount > job.fileErrors.length || job.stats.accepted > 0) && (
          <div className="imp-tabs">
            <div className="imp-tabs__bar">
              <Tabs label={t('impDetailsLabel')} idPrefix={`imp-${job.id}`} value={activeTab} onChange={(v) => setTab(v as 'errors' | 'sample')}
                tabs={[
                  { id: 'errors', label: t('impTabErrors', fmt(job.errors.length)) },
                  { id: 'sample', label: t('impTabSample') },
                ]} />
              <span className="si-spacer" />
              {job.errorsCsv && activeTab === 'errors' && (
                <Button size="sm" icon="download" data-si="imports-errors-csv"
                  onClick={() => { void job.errorsCsv!.text().then((text) => downloadText(`${job.file.name.replace(/\.[^.]+$/, '')}.errors.csv`, text, 'text/csv;charset=utf-8')); }}>
                  {t('impDownloadErrors')}
                </Button>
              )}
            </div>
            <div role="tabpanel" id={`imp-${job.id}-panel-${activeTab}`} aria-labelledby={`imp-${job.id}-tab-${activeTab}`} className="imp-tabs__panel">
              {activeTab === 'errors'
                ? (job.errors.length ? <ErrorsTable errors={job.errors} /> : <p className="si-muted imp-tabs__empty">{t('impNoErrors')}</p>)
                : (job.sample ? <SampleTable sample={job.sample} marketplace={job.marketplace} /> : <p className="si-muted imp-tabs__empty">{t('impSampleLater')}</p>)}
            </div>
          </div>
        )}
      </div>

      {(job.phase === 'preview' || job.phase === 'committing') && (
        <footer className="si-card__footer">
          {job.phase === 'preview' && job.stats.rejected > 0 && job.stats.accepted > 0 && (
            <span className="si-muted imp-footer-note">{t('impSkipNote', fmt(job.stats.rejected))}</span>
          )}
          <span className="si-spacer" />
          <Button onClick={() => controller.cancel(job.id)} data-si="imports-cancel">{t('commonCancel')}</Button>
          <Button variant="primary" icon="check" disabled={!canConfirm} onClick={() => void controller.confirm(job.id)} data-si="imports-confirm">
            {/* rows, as the Accepted count above says (one All Orders row may write an order and an item) */}
            {job.phase === 'committing' ? t('impImporting') : !toWrite ? t('impConfirmNothing')
              : job.stats.accepted === 1 ? t('impConfirmOne') : t('impConfirm', fmt(job.stats.accepted))}
          </Button>
        </footer>
      )}
    </section>
  );
}
