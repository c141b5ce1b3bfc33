/** The popup's totals and its per account + marketplace rows. */
import { useI18n, useT } from '../i18n';
import { EmptyState } from '../ui';
import { readAgo, type CountRow } from './summary';

export function Totals({ overdue, dueSoon }: { overdue: number; dueSoon: number }) {
  const t = useT();
  return (
    <section className="pop-totals" aria-label={t('popTotalsLabel')}>
      <div className={`pop-total ${overdue ? 'pop-total--overdue' : ''}`}>
        <span className="pop-total__n" data-si="count-overdue">{overdue}</span>
        <span className="pop-total__label">{t('popOverdue')}</span>
      </div>
      <div className={`pop-total ${dueSoon ? 'pop-total--soon' : ''}`}>
        <span className="pop-total__n" data-si="count-due-soon">{dueSoon}</span>
        <span className="pop-total__label">{t('popDueSoon')}</span>
      </div>
    </section>
  );
}

/** `now`: when the popup loaded its data (the popup is short-lived; no ticking clock needed) */
export function CountsList({ rows, now }: { rows: readonly CountRow[]; now: number }) {
  const t = useT();
  const { locale } = useI18n();
  if (!rows.length) {
    return <EmptyState icon="inbox" title={t('popEmptyTitle')}>{t('popEmptyBody')}</EmptyState>;
  }
  return (
    <section aria-labelledby="pop-accounts">
      <h2 className="pop-section" id="pop-accounts">{t('popAccounts')}</h2>
      <ul className="pop-list">
        {rows.map((r) => {
          const ago = readAgo(r.readAt, now);
          return (
            <li key={r.key} className="pop-row" data-si="count-row">
              <div className="pop-row__name">
                <span className="pop-mp">{r.marketplaceCode}</span>
                <span className="pop-ellipsis">{r.accountName}</span>
              </div>
              <div className="pop-row__meta">
                <span className={r.overdue ? 'pop-overdue' : undefined}>{t('popRowOverdue', String(r.overdue))}</span>
                <span aria-hidden="true"> · </span>
                <span className={r.dueSoon ? 'pop-soon' : undefined}>{t('popRowDueSoon', String(r.dueSoon))}</span>
                <span aria-hidden="true"> · </span>
                <span className="si-muted" data-si="count-read-age" title={r.readAt ? new Date(r.readAt).toLocaleString(locale === 'zh_CN' ? 'zh-CN' : 'en-US') : undefined}>
                  {t('popRowRead', r.marketplaceCode, t(ago.key, ago.n))}
                </span>
                {r.notRead > 0 && (
                  <>
                    <span aria-hidden="true"> · </span>
                    <span className="pop-soon" data-si="count-not-read" title={t('popNotReadTitle')}>{t('popNotRead', String(r.notRead))}</span>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
