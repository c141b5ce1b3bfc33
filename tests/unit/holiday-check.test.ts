/** Issue 16, item 2: the holiday set-up check (lib/holiday/check.ts) and the store name an account is known by. */
import { checkHolidaySetup, problemText } from '../../lib/holiday/check';
import { storeNameOf } from '../../lib/store-name';
import { STARTER_TEMPLATES, starterId } from '../../lib/templates/starters';

const US = 'ATVPDKIKX0DER';
const DE = 'A1PA6795UKMFR9';
const JP = 'A1VC38T7YXB528';
const away = STARTER_TEMPLATES.find((t) => t.id === starterId('away-message'))!;
const refund = STARTER_TEMPLATES.find((t) => t.id === starterId('return-refund'))!;
const base = { templates: STARTER_TEMPLATES, holidayTemplates: {} };

describe('holiday set-up check', () => {
  it('the away starter renders in every marketplace of an account with a store name', () => {
    expect(checkHolidaySetup({ ...base, holidayTemplateId: away.id, accounts: [{ id: 'A1', name: 'Lumen', marketplaceIds: [US, DE, JP] }] })).toEqual([]);
  });

  it('names the marketplace and account whose store name is unknown; a typed name fixes it', () => {
    const accounts = [{ id: 'A1', name: 'Lumen', marketplaceIds: [US] }, { id: 'A2', marketplaceIds: [DE] }];
    const problems = checkHolidaySetup({ ...base, holidayTemplateId: away.id, accounts });
    expect(problems).toEqual([{ kind: 'store-name', marketplaceId: DE, templateName: away.name, accountId: 'A2' }]);
    expect(problemText(problems[0]!)).toBe('DE: the template "Away message (holiday auto-reply)" uses the store name, which is not known for account A2. Type it under Store names on the Holiday auto-reply page.');
    expect(checkHolidaySetup({ ...base, holidayTemplateId: away.id, accounts: [accounts[0]!, { ...accounts[1]!, storeName: 'Nord' }] })).toEqual([]);
  });

  it('a template with order or product values cannot render for every holiday reply', () => {
    const problems = checkHolidaySetup({ ...base, holidayTemplateId: refund.id, accounts: [{ id: 'A1', name: 'Lumen', marketplaceIds: [JP] }] });
    expect(problems).toEqual([{ kind: 'missing', marketplaceId: JP, templateName: refund.name, variables: ['order_id', 'product_name'] }]);
    expect(problemText(problems[0]!)).toContain('uses order id, product name, which a holiday reply cannot fill');
  });

  it('no template for a marketplace, or a template with errors', () => {
    const broken = { id: 'b', name: 'Broken', bodies: { en: 'Hello {{#buyer_name}' } };
    expect(checkHolidaySetup({ templates: [broken], holidayTemplateId: '', holidayTemplates: { [DE]: 'b' }, accounts: [{ id: 'A1', name: 'L', marketplaceIds: [US, DE] }] }))
      .toEqual([{ kind: 'no-template', marketplaceId: US }, expect.objectContaining({ kind: 'syntax', marketplaceId: DE, templateName: 'Broken' })]);
  });

  it('with no account seen yet, checks the first marketplace and the per-marketplace ones', () => {
    expect(checkHolidaySetup({ ...base, holidayTemplateId: away.id, accounts: [] }).map((p) => p.kind)).toEqual(['store-name']);
  });
});

describe('store name of an account', () => {
  it('a typed name wins over the one read from the page; blanks do not count', () => {
    expect(storeNameOf({ name: 'Read', storeName: 'Typed' })).toBe('Typed');
    expect(storeNameOf({ name: 'Read', storeName: '  ' })).toBe('Read');
    expect(storeNameOf({ name: ' ' })).toBeUndefined();
    expect(storeNameOf(undefined)).toBeUndefined();
  });
});
