/**
 * Can the holiday auto-reply render its template for every marketplace it may answer in? A reply knows
 * the buyer's name, the account (seller id, store name) and the marketplace, and not always an order
 * (questions before a purchase) nor any product, delivery or tracking value. Any other value the
 * template uses, a store name nobody told us, a template with errors or no template at all is a problem,
 * named by marketplace and account so the Holiday page can say how to fix it. Pure.
 */
import type { Account, Template } from '../model';
import { marketplaceById } from '../marketplaces';
import { storeNameOf } from '../store-name';
import { pickBody, renderTemplate } from '../templates';
import { templateIdFor } from './select';

export interface HolidayCheckInput {
  templates: readonly Pick<Template, 'id' | 'name' | 'bodies'>[];
  holidayTemplateId: string;
  holidayTemplates: Readonly<Record<string, string>>;
  accounts: readonly Pick<Account, 'id' | 'name' | 'storeName' | 'marketplaceIds'>[];
}

export type HolidayProblem =
  | { kind: 'no-template'; marketplaceId: string }
  | { kind: 'syntax'; marketplaceId: string; templateName: string; detail: string }
  | { kind: 'store-name'; marketplaceId: string; templateName: string; accountId: string }
  | { kind: 'missing'; marketplaceId: string; templateName: string; variables: string[] };

/** the marketplace the check uses when no account has been seen yet */
const FIRST_MARKETPLACE = 'ATVPDKIKX0DER';

export function checkHolidaySetup(input: HolidayCheckInput): HolidayProblem[] {
  const byId = new Map(input.templates.map((t) => [t.id, t]));
  const pairs: Array<{ marketplaceId: string; account?: HolidayCheckInput['accounts'][number] }> = input.accounts.length
    ? input.accounts.flatMap((account) => account.marketplaceIds.map((marketplaceId) => ({ marketplaceId, account })))
    : [...new Set([FIRST_MARKETPLACE, ...Object.keys(input.holidayTemplates).filter((k) => input.holidayTemplates[k])])].map((marketplaceId) => ({ marketplaceId }));
  const out: HolidayProblem[] = [];
  const seen = new Set<string>();
  const add = (p: HolidayProblem): void => {
    const key = JSON.stringify(p);
    if (!seen.has(key)) { seen.add(key); out.push(p); }
  };
  for (const { marketplaceId, account } of pairs) {
    if (!marketplaceById(marketplaceId)) continue;
    const id = templateIdFor(marketplaceId, input.holidayTemplates, input.holidayTemplateId);
    const template = id ? byId.get(id) : undefined;
    const body = template ? pickBody(template, marketplaceId) : undefined;
    if (!template || !body) { add({ kind: 'no-template', marketplaceId }); continue; }
    const storeName = storeNameOf(account);
    const r = renderTemplate(body.body, {
      marketplaceId, items: [], buyerName: 'Jane Doe', ...(account ? { sellerId: account.id } : {}), ...(storeName ? { storeName } : {}),
    });
    if (r.errors.length) { add({ kind: 'syntax', marketplaceId, templateName: template.name, detail: r.errors.map((e) => e.message).join('; ') }); continue; }
    const missing = r.missing.filter((v) => v !== 'store_name');
    if (r.missing.includes('store_name')) add({ kind: 'store-name', marketplaceId, templateName: template.name, accountId: account?.id ?? '' });
    if (missing.length) add({ kind: 'missing', marketplaceId, templateName: template.name, variables: missing });
  }
  return out;
}

/** The value's name as sellers read it in the template editor (`order_id` -> "order id"). */
export const variableLabel = (name: string): string => name.replace(/_/g, ' ');

/** One problem in English (the background's refusal; the Holiday page words it from the i18n catalog). */
export function problemText(p: HolidayProblem): string {
  const mp = marketplaceById(p.marketplaceId)?.code ?? p.marketplaceId;
  switch (p.kind) {
    case 'no-template': return `${mp}: no holiday template for this marketplace. Choose one.`;
    case 'syntax': return `${mp}: the template "${p.templateName}" has errors (${p.detail}). Fix it on the Templates page.`;
    case 'store-name': return `${mp}: the template "${p.templateName}" uses the store name, which is not known${p.accountId ? ` for account ${p.accountId}` : ''}. Type it under Store names on the Holiday auto-reply page.`;
    case 'missing': return `${mp}: the template "${p.templateName}" uses ${p.variables.map(variableLabel).join(', ')}, which a holiday reply cannot fill. Choose a template without them, such as the Away message starter.`;
  }
}
