/**
 * The toolbar popup: overdue and due-soon totals across every account and marketplace, a row per
 * account + marketplace, the five most urgent threads (each opens in Seller Central), a link to the
 * options page, what Seller Inbox read on the current Seller Central tab (PageCheckPanel). Light on purpose:
 * no charts, no database (everything comes from the background).
 */
import { useEffect, useState } from 'react';
import browser from 'webextension-polyfill';
import type { Account, InboxCounts, Thread } from '../../lib/model';
import { RequestFailedError, sendRequest } from '../messaging';
import { I18nProvider, useT } from '../i18n';
import { IconButton, Toggle } from '../ui';
import { CountsList, Totals } from './Counts';
import { UrgentList } from './UrgentList';
import { PageCheckPanel } from './PageCheckPanel';
import { summarize } from './summary';

interface Data { counts: InboxCounts[]; accounts: Account[]; threads: Thread[]; dueSoonHours: number; holiday: boolean; loadedAt: number }

async function load(): Promise<Data> {
  const [{ counts }, { accounts }, { threads }, { settings }] = await Promise.all([
    sendRequest({ type: 'counts/list' }),
    sendRequest({ type: 'accounts/list' }),
    sendRequest({ type: 'threads/urgent', limit: 5 }),
    sendRequest({ type: 'settings/get' }),
  ]);
  return { counts, accounts, threads, dueSoonHours: settings.dueSoonHours, holiday: settings.holidayEnabled, loadedAt: Date.now() };
}

export function PopupApp() {
  return (
    <I18nProvider>
      <Popup />
    </I18nProvider>
  );
}

function Popup() {
  const t = useT();
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [holidayProblem, setHolidayProblem] = useState(false);
  useEffect(() => {
    load().then(setData, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  // the bench reads this mark: time from opening the popup to the counts on screen
  useEffect(() => { if (data) performance.mark('si-popup-ready'); }, [data]);
  const summary = data ? summarize(data.counts, data.accounts) : null;
  const setHoliday = (on: boolean) => {
    if (!data) return;
    setData({ ...data, holiday: on });
    sendRequest({ type: 'settings/set', values: { holidayEnabled: on } })
      .catch((e: unknown) => {
        setData({ ...data, holiday: !on });
        // the template cannot render everywhere: the Holiday page says where and how to fix it
        if (e instanceof RequestFailedError && e.code === 'invalid-request') setHolidayProblem(true);
        else setError(e instanceof Error ? e.message : String(e));
      });
  };
  const openOptions = () => { void browser.runtime.openOptionsPage(); window.close(); };
  const openSettings = () => { void browser.tabs.create({ url: browser.runtime.getURL('/options.html#/settings') }); window.close(); };

  return (
    <div className="pop">
      <header className="pop-header">
        <span className="opt-brand__mark" aria-hidden="true">SI</span>
        <h1 className="pop-title">{t('appName')}</h1>
        <span className="si-spacer" />
        <IconButton icon="settings" label={t('popOpenOptions')} onClick={openOptions} data-si="popup-options" />
      </header>
      {error && <div className="si-notice si-notice--error pop-pad" role="alert">{t('popLoadFailed', error)}</div>}
      {holidayProblem && (
        <div className="si-notice si-notice--error pop-pad" role="alert" data-si="popup-holiday-problem">
          {t('popHolidayCannotRender')}{' '}
          <a href="options.html#/holiday" onClick={(e) => { e.preventDefault(); void browser.tabs.create({ url: browser.runtime.getURL('/options.html#/holiday') }); window.close(); }}>{t('popHolidayFix')}</a>
        </div>
      )}
      {summary && data && (
        <>
          <Totals overdue={summary.overdue} dueSoon={summary.dueSoon} />
          <CountsList rows={summary.rows} now={data.loadedAt} />
          <UrgentList threads={data.threads} dueSoonHours={data.dueSoonHours} now={data.loadedAt} />
        </>
      )}
      <PageCheckPanel />
      <footer className="pop-footer">
        <Toggle checked={data?.holiday ?? false} disabled={!data} onChange={setHoliday} label={t('popHolidayMode')}
          title={t('popHolidayHint')} data-si="popup-holiday" />
        <span className="si-spacer" />
        <a href="options.html#/settings" onClick={(e) => { e.preventDefault(); openSettings(); }} data-si="popup-options-link">{t('popAllSettings')}</a>
      </footer>
    </div>
  );
}
