/**
 * Holiday auto-reply: the settings (on/off, date range and daily off-hours in the seller's zone, a template
 * for all marketplaces and optionally one per marketplace), Amazon's 24-hour warning, and the log of the
 * replies sent (send log `holiday-reply|<threadKey>`). The background sends (lib/holiday/runner.ts).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SendLogEntry, Template } from '../../../lib/model';
import { HOLIDAY_DATE_RE, HOLIDAY_TIME_RE, type Settings } from '../../../lib/db/settings-schema';
import { MARKETPLACES, marketplaceById } from '../../../lib/marketplaces';
import { sendRequest } from '../../messaging';
import { useI18n } from '../../i18n';
import { Badge, Button, Card, Input, Select, Table, Toggle, useToast, type BadgeTone, type Column } from '../../ui';
import type { HolidayProblem } from '../../../lib/holiday/check';
import { HolidayProblems, holidayReasonText, stageText } from './problems';
import { StoreNames } from './StoreNames';
import { templateName } from '../../i18n/template-text';

interface HolidayForm {
  holidayEnabled: boolean;
  holidayStart: string;
  holidayEnd: string;
  holidayOffHoursStart: string;
  holidayOffHoursEnd: string;
  holidayTemplateId: string;
  holidayTemplates: Record<string, string>;
}

const formOf = (s: Settings): HolidayForm => ({
  holidayEnabled: s.holidayEnabled, holidayStart: s.holidayStart, holidayEnd: s.holidayEnd,
  holidayOffHoursStart: s.holidayOffHoursStart, holidayOffHoursEnd: s.holidayOffHoursEnd,
  holidayTemplateId: s.holidayTemplateId, holidayTemplates: { ...s.holidayTemplates },
});

type Errors = Partial<Record<'holidayStart' | 'holidayEnd' | 'holidayOffHoursStart' | 'holidayOffHoursEnd' | 'holidayTemplateId', string>>;

/** Field errors as i18n keys (empty: valid). */
export function validateHoliday(f: HolidayForm): Errors {
  const e: Errors = {};
  if (f.holidayStart && !HOLIDAY_DATE_RE.test(f.holidayStart)) e.holidayStart = 'holBadDate';
  if (f.holidayEnd && !HOLIDAY_DATE_RE.test(f.holidayEnd)) e.holidayEnd = 'holBadDate';
  if (!e.holidayStart && !e.holidayEnd && f.holidayStart && f.holidayEnd && f.holidayEnd < f.holidayStart) e.holidayEnd = 'holEndBeforeStart';
  if (f.holidayOffHoursStart && !HOLIDAY_TIME_RE.test(f.holidayOffHoursStart)) e.holidayOffHoursStart = 'holBadTime';
  if (f.holidayOffHoursEnd && !HOLIDAY_TIME_RE.test(f.holidayOffHoursEnd)) e.holidayOffHoursEnd = 'holBadTime';
  if (Boolean(f.holidayOffHoursStart) !== Boolean(f.holidayOffHoursEnd)) e.holidayOffHoursEnd = 'holBothTimes';
  if (f.holidayEnabled && !f.holidayStart && !f.holidayEnd && !f.holidayOffHoursStart) e.holidayStart = 'holNeedPeriod';
  if (f.holidayEnabled && !f.holidayTemplateId && !Object.values(f.holidayTemplates).some(Boolean)) e.holidayTemplateId = 'holNeedTemplate';
  return e;
}

const stageTone = (stage: SendLogEntry['stage']): BadgeTone =>
  stage === 'sent' ? 'ok' : stage === 'unknown' || stage === 'failed' ? 'overdue' : stage === 'skipped' ? 'soon' : 'neutral';

export function HolidayPage() {
  const { t, locale } = useI18n();
  const toast = useToast();
  const [form, setForm] = useState<HolidayForm | null>(null);
  const [saved, setSaved] = useState<HolidayForm | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [templates, setTemplates] = useState<Template[]>([]);
  const [log, setLog] = useState<{ entries: SendLogEntry[]; total: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [stopped, setStopped] = useState<string | null>(null);
  const [problems, setProblems] = useState<HolidayProblem[]>([]);
  const fmt = useMemo(() => new Intl.DateTimeFormat(locale === 'zh_CN' ? 'zh-CN' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' }), [locale]);

  const loadLog = useCallback(() => { sendRequest({ type: 'holiday/log', limit: 500 }).then(setLog, () => undefined); }, []);
  useEffect(() => {
    sendRequest({ type: 'settings/get' }).then(({ settings }) => { const f = formOf(settings); setForm(f); setSaved(f); },
      (e: unknown) => setFailure(e instanceof Error ? e.message : String(e)));
    sendRequest({ type: 'templates/list' }).then((r) => setTemplates(r.templates), () => undefined);
    loadLog();
    // the auto-reply shares the campaign runner's stop (signed out, captcha, errors): say so here
    sendRequest({ type: 'campaigns/status' }).then((r) => setStopped(r.status.stopped ? `${r.status.stopped.reason}: ${r.status.stopped.detail}` : null), () => undefined);
  }, [loadLog]);

  if (failure) return <div className="si-notice si-notice--error" role="alert">{failure}</div>;
  if (!form || !saved) return null;

  const update = (patch: Partial<HolidayForm>) => { setForm({ ...form, ...patch }); setErrors({}); setProblems([]); };
  const dirty = JSON.stringify(form) !== JSON.stringify(saved);
  const templateOptions = [{ value: '', label: t('holNoTemplate') }, ...templates.map((x) => ({ value: x.id, label: templateName(t, x) }))];
  const perMarketplaceOptions = [{ value: '', label: t('holUseDefault') }, ...templates.map((x) => ({ value: x.id, label: templateName(t, x) }))];
  const err = (k: keyof Errors) => (errors[k] ? t(errors[k]) : undefined);

  const save = async () => {
    const e = validateHoliday(form);
    if (Object.keys(e).length) { setErrors(e); toast.show({ text: t('setFixErrors'), tone: 'error' }); return; }
    setBusy(true);
    try {
      const templatesMap = Object.fromEntries(Object.entries(form.holidayTemplates).filter(([, v]) => v));
      // the template must render for every marketplace of every account seen: say where it cannot, and how to fix it
      if (form.holidayEnabled) {
        const check = await sendRequest({ type: 'holiday/check', holidayTemplateId: form.holidayTemplateId, holidayTemplates: templatesMap });
        setProblems(check.problems);
        if (check.problems.length) { toast.show({ text: t('holProblemsTitle'), tone: 'error' }); return; }
      }
      const { settings } = await sendRequest({ type: 'settings/set', values: { ...form, holidayTemplates: templatesMap } });
      const f = formOf(settings);
      setForm(f); setSaved(f);
      toast.show({ text: t('holSaved'), tone: 'default' });
      loadLog();
    } catch (x) {
      toast.show({ text: x instanceof Error ? x.message : String(x), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const columns: Column<SendLogEntry>[] = [
    { id: 'when', header: t('holColWhen'), cell: (r) => <span className="si-muted">{fmt.format(new Date(r.updatedAt))}</span> },
    { id: 'thread', header: t('holColThread'), cell: (r) => {
      const [, mp, threadId] = (r.threadKey ?? '').split('|');
      return <span>{marketplaceById(mp ?? '')?.code ?? mp} · {r.orderId ?? threadId}</span>;
    } },
    { id: 'stage', header: t('holColStage'), cell: (r) => <span data-si="holiday-stage" data-stage={r.stage}><Badge tone={stageTone(r.stage)}>{stageText(t, r.stage)}</Badge>{r.reason ? <span className="si-muted" data-si="holiday-reason"> {holidayReasonText(t, r.reason)}</span> : null}</span> },
    { id: 'text', header: t('holColText'), cell: (r) => <span className="si-muted" title={r.text}>{(r.text ?? '').slice(0, 120)}</span> },
  ];

  return (
    <div className="si-stack" data-si="holiday-page">
      <div className="si-notice si-notice--error" role="note" data-si="holiday-warning">{t('holWarning')}</div>
      {stopped && <div className="si-notice" role="status" data-si="holiday-stopped">{t('holStopped', stopped)}</div>}
      <Card title={t('holSettings')}>
        <Toggle checked={form.holidayEnabled} onChange={(v) => update({ holidayEnabled: v })} label={t('holEnabled')} description={t('holEnabledDesc')} data-si="holiday-enabled" />
        <div className="si-row hol-pair">
          <Input type="date" label={t('holStart')} value={form.holidayStart} onChange={(e) => update({ holidayStart: e.target.value })} error={err('holidayStart')} data-si="holiday-start" />
          <Input type="date" label={t('holEnd')} value={form.holidayEnd} onChange={(e) => update({ holidayEnd: e.target.value })} error={err('holidayEnd')} data-si="holiday-end" />
        </div>
        <div className="si-row hol-pair">
          <Input type="time" label={t('holOffFrom')} hint={t('holOffHint')} value={form.holidayOffHoursStart} onChange={(e) => update({ holidayOffHoursStart: e.target.value })} error={err('holidayOffHoursStart')} data-si="holiday-off-from" />
          <Input type="time" label={t('holOffTo')} value={form.holidayOffHoursEnd} onChange={(e) => update({ holidayOffHoursEnd: e.target.value })} error={err('holidayOffHoursEnd')} data-si="holiday-off-to" />
        </div>
        <Select label={t('holTemplate')} hint={t('holTemplateHint')} options={templateOptions} value={form.holidayTemplateId} onChange={(e) => update({ holidayTemplateId: e.target.value })} error={err('holidayTemplateId')} data-si="holiday-template" />
        <details>
          <summary>{t('holPerMarketplace')}</summary>
          {MARKETPLACES.map((mp) => (
            <Select key={mp.id} label={`${mp.code} (${t(`polLang_${mp.language}`)})`} options={perMarketplaceOptions} value={form.holidayTemplates[mp.id] ?? ''}
              onChange={(e) => update({ holidayTemplates: { ...form.holidayTemplates, [mp.id]: e.target.value } })} />
          ))}
        </details>
        <HolidayProblems problems={problems} t={t} />
        <div className="si-row">
          <Button variant="primary" disabled={!dirty || busy} onClick={() => { void save(); }} data-si="holiday-save">{t('holSave')}</Button>
        </div>
      </Card>
      <StoreNames onChanged={() => setProblems([])} />
      <Card title={t('holLog')} description={t('holLogDesc', String(log?.total ?? 0))}>
        <Table columns={columns} rows={log?.entries ?? []} rowKey={(r) => r.key} caption={t('holLog')} empty={<p className="si-muted">{t('holLogEmpty')}</p>} maxHeight={480} />
      </Card>
    </div>
  );
}
