/**
 * Settings card of the background inbox refresh (components/background/inbox-refresh.ts): on/off and the
 * interval, saved at once (its own `settings/set`, apart from the page's form), then `inbox-refresh/run` so
 * the background sets its alarm and refreshes; the status (last run, stop, back-off) with "Check now".
 */
import { useCallback, useEffect, useState } from 'react';
import type { InboxRefreshStatus } from '../../../lib/inbox-refresh/types';
import { sendRequest } from '../../messaging';
import { useI18n } from '../../i18n';
import { Button, Card, Input, Toggle, useToast } from '../../ui';

export const REFRESH_MINUTES_MIN = 5;
export const REFRESH_MINUTES_MAX = 1440;

/** Minutes as typed -> a whole number in range, or undefined. */
export function parseRefreshMinutes(text: string): number | undefined {
  const s = text.trim();
  const n = /^\d{1,4}$/.test(s) ? Number(s) : NaN;
  return n >= REFRESH_MINUTES_MIN && n <= REFRESH_MINUTES_MAX ? n : undefined;
}

const STOP_TEXT: Record<string, string> = {
  'signed-out': 'setRefreshStoppedSignedOut',
  captcha: 'setRefreshStoppedCaptcha',
  forbidden: 'setRefreshStoppedForbidden',
  'wrong-marketplace': 'setRefreshStoppedWrongMarketplace',
};

export function InboxRefreshSection() {
  const { t, locale } = useI18n();
  const toast = useToast();
  const [status, setStatus] = useState<InboxRefreshStatus | null>(null);
  const [minutes, setMinutes] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => sendRequest({ type: 'inbox-refresh/status' }).then((s) => { setStatus(s); return s; }), []);
  useEffect(() => {
    load().then((s) => setMinutes(String(s.minutes)), () => undefined);
  }, [load]);
  useEffect(() => {
    if (!status?.running) return undefined;
    const timer = setInterval(() => { void load().catch(() => undefined); }, 2_000);
    return () => clearInterval(timer);
  }, [status?.running, load]);

  if (!status) return null;
  const when = (iso: string): string => new Date(iso).toLocaleString(locale === 'zh_CN' ? 'zh-CN' : 'en-US');

  const save = async (values: { inboxRefreshEnabled?: boolean; inboxRefreshMinutes?: number }) => {
    setBusy(true);
    try {
      await sendRequest({ type: 'settings/set', values });
      setStatus(await sendRequest({ type: 'inbox-refresh/run' }));
      toast.show({ text: t('setSaved') });
    } catch (e) {
      toast.show({ text: t('setSaveFailed', e instanceof Error ? e.message : String(e)), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const saveMinutes = () => {
    const n = parseRefreshMinutes(minutes);
    if (n === undefined) {
      setError(t('errRefreshMinutes', String(REFRESH_MINUTES_MIN), String(REFRESH_MINUTES_MAX)));
      return;
    }
    setError(undefined);
    if (n !== status.minutes) void save({ inboxRefreshMinutes: n });
  };

  const { state } = status;
  const line = status.running ? t('setRefreshRunning')
    : state.stop ? t(STOP_TEXT[state.stop.reason] ?? 'setRefreshStoppedForbidden')
      : state.backoff && Date.parse(state.backoff.until) > Date.now() ? t('setRefreshBackoff', when(state.backoff.until))
        : state.lastRunAt ? t('setRefreshLast', when(state.lastRunAt)) : t('setRefreshNever');

  return (
    <Card title={t('setRefreshTitle')} description={t('setRefreshDesc')}>
      <div className="opt-grid">
        <Toggle checked={status.enabled} disabled={busy} label={t('setRefreshLabel')} description={t('setRefreshHint')}
          onChange={(on) => void save({ inboxRefreshEnabled: on })} data-si="setting-inbox-refresh" />
        <Input label={t('setRefreshMinutesLabel')} hint={t('setRefreshMinutesHint', String(REFRESH_MINUTES_MIN), String(REFRESH_MINUTES_MAX))}
          error={error} type="text" inputMode="numeric" value={minutes} disabled={busy}
          onChange={(e) => setMinutes(e.currentTarget.value)} onBlur={saveMinutes}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); saveMinutes(); } }} data-si="setting-inbox-refresh-minutes" />
      </div>
      {status.enabled && (
        <p className="si-muted" role="status" data-si="inbox-refresh-status" data-si-stop={state.stop?.reason}>
          {line}{' '}
          <Button size="sm" disabled={busy || status.running} onClick={() => void sendRequest({ type: 'inbox-refresh/run' }).then(setStatus, () => undefined)}
            data-si="inbox-refresh-run">{t('setRefreshCheckNow')}</Button>
        </p>
      )}
    </Card>
  );
}
