/**
 * The page UI's language (components/page/language.ts): following the browser, the page installs the catalog Chrome's
 * getMessage would answer from, so no text of the page asks getMessage (its first call loads the whole message bundle
 * synchronously); when the catalog cannot be had, getMessage answers as before.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ ui: 'en-US', getMessageCalls: 0, asked: [] as string[], fail: false }));
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { id: 'ext' },
    i18n: {
      getUILanguage: () => fake.ui,
      getMessage: (key: string) => { fake.getMessageCalls++; return key === 'noticeDetails' ? 'Details (getMessage)' : ''; },
    },
  },
}));
vi.mock('../../components/messaging', () => ({
  sendRequest: vi.fn(async (request: { type: string; locale: string }) => {
    fake.asked.push(request.locale);
    if (fake.fail) throw new Error('no background');
    const file = resolve(import.meta.dirname, `../../public/_locales/${request.locale}/messages.json`);
    return { messages: JSON.parse(readFileSync(file, 'utf8')) as unknown };
  }),
}));

const { applyPageLanguage, chromeTextLocale, pageLocale, prefetchPageTexts } = await import('../../components/page/language');
const { t } = await import('../../components/page/i18n');
const { installCatalog } = await import('../../components/i18n/sync');

beforeEach(() => {
  Object.assign(fake, { ui: 'en-US', getMessageCalls: 0, asked: [], fail: false });
  installCatalog(undefined);
});

describe('page language', () => {
  it('following an English browser: the English catalog is installed and getMessage is never asked', async () => {
    await applyPageLanguage('auto');
    expect(fake.asked).toEqual(['en']);
    expect(t('noticeDetails', 'fallback')).toBe('Details');
    expect(t('noticePausedOne', 'fallback', ['inbox rows not found'])).toBe('Seller Inbox: 1 feature paused on this page: inbox rows not found');
    expect(fake.getMessageCalls).toBe(0);
    expect(pageLocale()).toBe('en');
    // set again, nothing is asked again
    await applyPageLanguage(undefined);
    expect(fake.asked).toEqual(['en']);
  });

  it('following a zh-CN browser: Chinese texts from the installed catalog', async () => {
    fake.ui = 'zh-CN';
    await applyPageLanguage('auto');
    expect(fake.asked).toEqual(['zh_CN']);
    expect(t('noticeDetails', 'fallback')).toBe(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/_locales/zh_CN/messages.json'), 'utf8')).noticeDetails.message);
    expect(fake.getMessageCalls).toBe(0);
  });

  it("the texts are the ones Chrome would show: it has no zh_TW and does not fall back to zh_CN", () => {
    expect(chromeTextLocale('zh-CN')).toBe('zh_CN');
    expect(chromeTextLocale('zh_CN')).toBe('zh_CN');
    expect(chromeTextLocale('zh-TW')).toBe('en');
    expect(chromeTextLocale('de')).toBe('en');
    expect(chromeTextLocale(undefined)).toBe('en');
  });

  it('a chosen locale that is not the browser\'s: its catalog', async () => {
    await applyPageLanguage('zh_CN');
    expect(fake.asked).toEqual(['zh_CN']);
    expect(pageLocale()).toBe('zh_CN');
    await applyPageLanguage('auto');
    expect(fake.asked).toEqual(['zh_CN', 'en']);
    expect(t('noticeDetails', 'fallback')).toBe('Details');
    expect(pageLocale()).toBe('en');
  });

  it('when the catalog cannot be had, getMessage answers (no chosen catalog left installed)', async () => {
    await applyPageLanguage('zh_CN');
    fake.fail = true;
    await expect(applyPageLanguage('auto')).rejects.toThrow('no background');
    expect(t('noticeDetails', 'fallback')).toBe('Details (getMessage)');
    expect(fake.getMessageCalls).toBe(1);
  });

  it('the texts asked for while the settings load are the ones applied (one request); another chosen locale asks its own', async () => {
    prefetchPageTexts();
    prefetchPageTexts();
    expect(fake.asked).toEqual(['en']);
    await applyPageLanguage('auto');
    expect(fake.asked).toEqual(['en']);
    expect(t('noticeDetails', 'fallback')).toBe('Details');
    installCatalog(undefined);
    prefetchPageTexts();
    await applyPageLanguage('zh_CN');
    expect(fake.asked).toEqual(['en', 'en', 'zh_CN']);
    expect(pageLocale()).toBe('zh_CN');
  });

  it('a seller who chose another language: the browser\'s texts are not asked for again on later page views', async () => {
    await applyPageLanguage('zh_CN');
    fake.asked = [];
    prefetchPageTexts();
    await applyPageLanguage('zh_CN');
    prefetchPageTexts();
    expect(fake.asked).toEqual([]);
    // back to following the browser: asked for once, then installed
    await applyPageLanguage('auto');
    prefetchPageTexts();
    expect(fake.asked).toEqual(['en']);
  });
});
