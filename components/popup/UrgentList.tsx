/** The five most urgent threads; each opens in Seller Central in a new tab. */
import browser from 'webextension-polyfill';
import { deadlineState } from '../../lib/deadlines/state';
import { formatTimeLeft } from '../../lib/deadlines/format-time-left';
import { marketplaceById } from '../../lib/marketplaces';
import type { Thread } from '../../lib/model';
import { useI18n } from '../i18n';
import { Badge } from '../ui';
import { threadUrl } from './summary';
import { SafeText } from '../text/SafeText';
import { stripBidi } from '../../lib/text';

export function UrgentList({ threads, dueSoonHours, now }: { threads: readonly Thread[]; dueSoonHours: number; now: number }) {
  const { t } = useI18n();
  if (!threads.length) return null;
  const open = (url: string) => { void browser.tabs.create({ url }); window.close(); };
  return (
    <section aria-labelledby="pop-urgent">
      <h2 className="pop-section" id="pop-urgent">{t('popMostUrgent')}</h2>
      <ul className="pop-list">
        {threads.map((th) => {
          const info = deadlineState(th, new Date(now), { dueSoonHours });
          const url = threadUrl(th);
          const tone = info.state === 'overdue' ? 'overdue' : info.state === 'due-soon' ? 'soon' : 'neutral';
          return (
            <li key={th.key}>
              <a className="pop-thread" href={url} target="_blank" rel="noreferrer" data-si="urgent-thread"
                onClick={(e) => { e.preventDefault(); open(url); }}>
                <div className="pop-thread__top">
                  <span className="pop-mp">{marketplaceById(th.marketplaceId)?.code ?? th.marketplaceId}</span>
                  <span className="pop-ellipsis pop-thread__buyer">{th.buyerName ? <SafeText value={th.buyerName} warning={t('suspiciousText')} /> : t('popUnknownBuyer')}</span>
                  <span className="si-spacer" />
                  <Badge tone={tone}>{info.msLeft === undefined ? t('popAwaiting') : formatTimeLeft(info.msLeft, (key, _english, subs) => t(key, ...subs))}</Badge>
                </div>
                {(th.subject || th.preview) && <div className="pop-ellipsis si-muted">{stripBidi(th.subject || th.preview || '')}</div>}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
