/**
 * Issue 16, item 7: starter templates in the UI language, the seller's own templates as written
 * (components/i18n/template-text.ts).
 */
import { templateErrorText, templateName, templateTag } from '../../components/i18n/template-text';
import { STARTER_TEMPLATES } from '../../lib/templates/starters';
import { validateTemplate } from '../../lib/templates';

const zh: Record<string, string> = { starterName_return_refund: '退货和退款', starterTag_refund: '退款', tplErr_unknownVariableHint: '未知变量“{{$1}}”。您是指 {{$2}} 吗？' };
const lookup = (key: string) => zh[key] ?? `(${key})`;

describe('starter template names and tags', () => {
  const starter = STARTER_TEMPLATES.find((t) => t.id === 'starter-return-refund')!;
  it('a starter as shipped: its name and tags in the UI language', () => {
    expect(templateName(lookup, starter)).toBe('退货和退款');
    expect(templateTag(lookup, starter, 'refund')).toBe('退款');
  });
  it('a renamed starter and the seller\'s own templates: as the seller wrote them', () => {
    expect(templateName(lookup, { ...starter, name: 'Refunds (our wording)' })).toBe('Refunds (our wording)');
    expect(templateTag(lookup, { ...starter, name: 'Refunds (our wording)' }, 'refund')).toBe('refund');
    const own = { id: 'tpl-1', name: 'Return and refund' };
    expect(templateName(lookup, own)).toBe('Return and refund');
    expect(templateTag(lookup, own, 'refund')).toBe('refund');
  });
});

describe('template syntax errors', () => {
  it('come as a code and values the catalog words', () => {
    const [e] = validateTemplate('Hello {{buyername}}');
    expect(e).toMatchObject({ code: 'unknownVariableHint', values: ['buyername', 'buyer_name'] });
    expect(templateErrorText((k, subs) => (zh[k] ?? k).replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? ''), e!))
      .toBe('未知变量“{{buyername}}”。您是指 {{buyer_name}} 吗？');
  });
});
