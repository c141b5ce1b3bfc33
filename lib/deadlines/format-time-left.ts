/** "3 h 12 m left" / "overdue by 1 d 3 h" and the Simplified Chinese equivalents. */

export type UiLocale = 'en' | 'zh_CN';

const MIN = 60_000;

/**
 * Time left (positive) or overdue (negative) as a short phrase.
 * Rounded up to whole minutes so a non-zero amount never reads "0 m". From one day on, days and
 * hours ("1 d 3 h"); from one hour, hours and minutes ("3 h 12 m"); below, minutes ("45 m").
 */
export function formatTimeLeft(msLeft: number, locale: UiLocale): string {
  const overdue = msLeft < 0;
  const totalMin = Math.ceil(Math.abs(msLeft) / MIN);
  const days = Math.floor(totalMin / 1440);
  const hours = Math.floor((totalMin % 1440) / 60);
  const minutes = totalMin % 60;
  const zh = locale === 'zh_CN';
  let amount: string;
  if (days > 0) amount = zh ? `${days} 天 ${hours} 小时` : `${days} d ${hours} h`;
  else if (hours > 0) amount = zh ? `${hours} 小时 ${minutes} 分` : `${hours} h ${minutes} m`;
  else amount = zh ? `${minutes} 分` : `${minutes} m`;
  if (zh) return overdue ? `已逾期 ${amount}` : `剩余 ${amount}`;
  return overdue ? `overdue by ${amount}` : `${amount} left`;
}
