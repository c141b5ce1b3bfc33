import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Thread } from '../../lib/model';
import { createTranslator, type Catalog } from '../../components/i18n/catalog';
import { badgeFor, FIXED_BADGE_TEXT, type BadgeThread } from '../../lib/deadlines/badge';
import { summarizeCounts } from '../../lib/deadlines/counts';

const H = 3_600_000;
const US = 'ATVPDKIKX0DER';
const now = new Date('2026-11-23T12:00:00.000Z');
const opts = { timeZone: 'Asia/Shanghai' };
const ago = (h: number) => new Date(now.getTime() - h * H).toISOString();
const t = (over: Partial<BadgeThread>): BadgeThread =>
  ({ status: 'response-needed', isSystem: false, marketplaceId: US, ...over });

describe('badgeFor', () => {
  it('on-time, due-soon and overdue carry text, hover and due time', () => {
    expect(badgeFor(t({ oldestUnansweredAt: ago(2) }), now, opts, 'en')).toEqual({
      state: 'on-time',
      text: '22 h 0 m left',
      title: 'Due Tue 18:00 your time · Tue 02:00 Los Angeles time',
      dueIso: '2026-11-24T10:00:00.000Z',
    });
    expect(badgeFor(t({ oldestUnansweredAt: ago(21) }), now, opts, 'en')).toMatchObject({ state: 'due-soon', text: '3 h 0 m left' });
    const late = badgeFor(t({ oldestUnansweredAt: ago(26 + 1 / 12) }), now, opts, 'en');
    expect(late).toMatchObject({ state: 'overdue', text: 'overdue by 2 h 5 m', dueIso: '2026-11-23T09:55:00.000Z' });
    expect(late.title).toBe('Was due Mon 17:55 your time · Mon 01:55 Los Angeles time');
  });

  it('respects dueSoonHours', () => {
    expect(badgeFor(t({ oldestUnansweredAt: ago(17) }), now, { ...opts, dueSoonHours: 8 }, 'en').state).toBe('due-soon');
  });

  it('Chinese', () => {
    const zh = createTranslator(JSON.parse(readFileSync(path.resolve(__dirname, '../../public/_locales/zh_CN/messages.json'), 'utf8')) as Catalog);
    expect(badgeFor(t({ oldestUnansweredAt: ago(26 + 1 / 12) }), now, opts, 'zh_CN', (key, _en, subs) => zh(key, ...subs))).toMatchObject({
      text: '已逾期 2 小时 5 分',
      title: '已过截止：您的时间 周一 17:55 · 洛杉矶时间 周一 01:55',
    });
    expect(badgeFor(t({ status: 'answered' }), now, opts, 'zh_CN', (key, _en, subs) => zh(key, ...subs)))
      .toEqual({ state: 'answered', text: '已回复', title: '已回复，没有待回复的消息' });
    expect(badgeFor(t({ status: 'response-needed' }), now, opts, 'zh_CN', (key, _en, subs) => zh(key, ...subs)))
      .toMatchObject({ text: '待回复', title: '待回复；消息时间未知，无法显示 24 小时回复期限' });
  });

  it('its fixed words are in the catalog, in English and Chinese; the English fallbacks are the en catalog\'s', () => {
    const catalog = (l: string) => JSON.parse(readFileSync(path.resolve(__dirname, '../../public/_locales', l, 'messages.json'), 'utf8')) as Catalog;
    for (const { text, title } of Object.values(FIXED_BADGE_TEXT)) {
      for (const [key, english] of [text, title]) {
        expect(catalog('en')[key]?.message, key).toBe(english);
        expect(catalog('zh_CN')[key]?.message, key).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('settled threads and unknown times have fixed text and no due time', () => {
    const answered = badgeFor(t({ status: 'answered' }), now, opts, 'en');
    expect(answered).toEqual({ state: 'answered', text: 'Answered', title: 'Answered: nothing awaits a reply' });
    expect(badgeFor(t({ status: 'no-response-needed' }), now, opts, 'en'))
      .toMatchObject({ state: 'no-response-needed', text: 'No response needed' });
    expect(badgeFor(t({ isSystem: true, oldestUnansweredAt: ago(30) }), now, opts, 'en'))
      .toMatchObject({ state: 'no-reply-expected', text: 'No reply expected' });
    const unknown = badgeFor(t({}), now, opts, 'en');
    expect(unknown).toMatchObject({ state: 'on-time', text: 'Awaiting reply' });
    expect(unknown.dueIso).toBeUndefined();
  });
});

describe('summarizeCounts', () => {
  it('counts awaiting (not system), overdue and due-soon', () => {
    const threads: Pick<Thread, 'status' | 'oldestUnansweredAt' | 'isSystem'>[] = [
      t({ oldestUnansweredAt: ago(30) }), // overdue
      t({ oldestUnansweredAt: ago(24) }), // exactly due: due-soon
      t({ oldestUnansweredAt: ago(20) }), // 4 h left: due-soon
      t({ oldestUnansweredAt: ago(19) }), // on-time
      t({}), // unknown time: awaiting only
      t({ isSystem: true, oldestUnansweredAt: ago(30) }),
      t({ status: 'answered', oldestUnansweredAt: ago(30) }),
      t({ status: 'no-response-needed' }),
    ];
    expect(summarizeCounts(threads, now)).toEqual({ overdue: 1, dueSoon: 2, awaiting: 5 });
    expect(summarizeCounts(threads, now, { dueSoonHours: 5 })).toEqual({ overdue: 1, dueSoon: 3, awaiting: 5 });
    expect(summarizeCounts([], now)).toEqual({ overdue: 0, dueSoon: 0, awaiting: 0 });
  });
});
