/**
 * The page UI's t(): browser.i18n.getMessage once per key (badges ask a few keys with many amounts), the same text
 * as asking it every time (Chrome's `$1`/`$$` rules), asked again after a language change, and as before without an
 * extension context.
 */
import { beforeEach, describe, expect, it } from 'vitest';

const fake = vi.hoisted(() => {
  const messages: Record<string, string> = {
    timeLeftOverdue: 'overdue by $1',
    timeLeftDaysHours: '$1 d $2 h',
    price: 'costs $$$1 ($$)',
    only: '$1',
  };
  const state = { calls: 0, alive: true, messages };
  /** Chrome's substitution (base::ReplaceStringPlaceholders): `$$` is `$`, `$N` the Nth substitution or nothing */
  const getMessage = (key: string, subs: string[] = []): string => {
    state.calls++;
    if (!state.alive) throw new Error('Extension context invalidated.');
    return (state.messages[key] ?? '').replace(/\$(\$|[1-9])/g, (_m, d: string) => (d === '$' ? '$' : subs[Number(d) - 1] ?? ''));
  };
  return { state, getMessage };
});
vi.mock('wxt/browser', () => ({
  browser: {
    get runtime() { return fake.state.alive ? { id: 'ext' } : {}; },
    i18n: { getMessage: fake.getMessage },
  },
}));

import { t } from '../../components/page/i18n';
import { installCatalog } from '../../components/i18n/sync';

beforeEach(() => {
  fake.state.alive = true;
  installCatalog(undefined);
});

describe('page t() and its per-key messages', () => {
  it('asks getMessage once per key and answers what asking every time answers', () => {
    fake.state.calls = 0;
    const texts = Array.from({ length: 300 }, (_, i) => t('timeLeftDaysHours', 'x', [String(i % 7), String(i)]));
    expect(fake.state.calls).toBe(1);
    texts.forEach((text, i) => expect(text).toBe(fake.getMessage('timeLeftDaysHours', [String(i % 7), String(i)])));
    expect(t('price', 'x', ['$1', '5'])).toBe('costs $$1 ($)');
    expect(t('timeLeftOverdue', 'x', [])).toBe('overdue by ');
  });

  it('falls back to English as before: no message, an empty message, no extension context', () => {
    expect(t('missing', 'fell $1', ['back'])).toBe('fell back');
    expect(t('only', 'empty $1', [''])).toBe('empty ');
    expect(t('only', 'empty $1', ['x'])).toBe('x');
    t('timeLeftOverdue', 'overdue by $1', ['1 m']);
    fake.state.alive = false;
    expect(t('timeLeftOverdue', 'English: overdue by $1', ['1 m'])).toBe('English: overdue by 1 m');
  });

  it('asks again after a language change (another catalog installed, then the browser\'s again)', () => {
    t('timeLeftOverdue', 'x', ['1 m']);
    fake.state.messages.timeLeftOverdue = 'changed $1';
    installCatalog('zh_CN', { timeLeftOverdue: { message: '逾期 $1' } });
    expect(t('timeLeftOverdue', 'x', ['2 m'])).toBe('逾期 2 m');
    installCatalog(undefined);
    fake.state.calls = 0;
    expect(t('timeLeftOverdue', 'x', ['3 m'])).toBe('changed 3 m');
    expect(fake.state.calls).toBe(1);
    fake.state.messages.timeLeftOverdue = 'overdue by $1';
  });

  it('an installed catalog: each key formatted once, the same texts as formatting it every time, no getMessage', () => {
    let reads = 0;
    const overdue = { get message() { reads++; return '逾期 $1'; } };
    installCatalog('zh_CN', { timeLeftOverdue: overdue, price: { message: '$$$1 ($$)' } });
    fake.state.calls = 0;
    const texts = Array.from({ length: 50 }, (_, i) => t('timeLeftOverdue', 'x', [`${i} m`]));
    expect(texts[7]).toBe('逾期 7 m');
    expect(t('price', 'x', ['5'])).toBe('$5 ($)');
    expect(reads).toBeLessThanOrEqual(2);
    expect(fake.state.calls).toBe(0);
    // the extension context going away does not take the installed texts
    fake.state.alive = false;
    expect(t('timeLeftOverdue', 'x', ['1 m'])).toBe('逾期 1 m');
  });
});
