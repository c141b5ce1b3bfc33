/**
 * Handlers for the reply box (compose-templates, compose-policy). They run here, in the background,
 * so that the policy rules, the classifier's keyword tables, the template engine and the fuzzy search
 * stay out of the content script (its bundle budget):
 * - `compose/check`: the policy check of a text, plus template placeholders left in it;
 * - `templates/context`: the thread's template values from stored orders, the buyer's category;
 * - `templates/pick`: the picker's ranked list for a query (the index lives for one picker session);
 * - `templates/preview`: one template rendered with the thread's values, and its policy check;
 * - `templates/attachment`: the template's stored file with its bytes, for the page's own attachment input.
 */
import { classifyMessage } from '../../classify';
import { classifierModel } from './classify';
import type { Category, Order, Template } from '../../model';
import { checkMessage } from '../../policy';
import type { Finding, Verdict } from '../../policy/types';
import { pickBody } from '../../templates/language';
import { placeholderFor, renderTemplate, type RenderResult } from '../../templates/render';
import { VARIABLES, type TemplateItem } from '../../templates/variables';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';
import { buildIndex, searchIndex, type PickerIndex } from './picker-index';
import { templateHandlers } from './templates';

import { storeNameOf } from '../../store-name';
import { bytesToBase64 } from '../../base64';
import type { AttachmentInfo } from '../../templates/import-export';

type ComposeHandlers = Pick<Handlers, 'compose/check' | 'templates/context' | 'templates/pick' | 'templates/preview' | 'templates/attachment'>;

/** The stored order's values a template can use (the first of the thread's orders that we know). */
export interface StoredOrderContext {
  orderId: string;
  buyerName?: string;
  items: TemplateItem[];
  /** ISO date: the latest expected delivery date */
  deliveryDate?: string;
  trackingNumber?: string;
}

/** One row of the picker's list. */
export interface PickRow {
  id: string;
  name: string;
  tags: string[];
  language?: string;
  /** the body is not in the marketplace's language */
  fallback: boolean;
  inCategory: boolean;
}

/** `explain`: per rule of a finding, the catalog key of what Amazon forbids and why (the UI words it) */
export interface PolicyCheck { verdict: Verdict; findings: Finding[]; explain: Record<string, string> }

/** The catalog key of a rule's reason ('review-manipulation' -> 'polExplain_review_manipulation'). */
export const policyExplainKey = (rule: string): string => `polExplain_${rule.replace(/-/g, '_')}`;

export interface TemplatePreview {
  id: string;
  name: string;
  /** the file that goes with the template (name, type, size) */
  attachment?: AttachmentInfo;
  language?: string;
  fallback: boolean;
  render: RenderResult;
  /** placeholder text of each missing value, as it appears in render.text */
  placeholders: string[];
  check: PolicyCheck;
}

export const PLACEHOLDER_RULE = 'unfilled-placeholder';
const PLACEHOLDERS = VARIABLES.map((v) => placeholderFor(v.name));

/** Template placeholders left in a text ("[order id?]"): a warning each. Pure. */
export function placeholderFindings(text: string): Finding[] {
  const out: Finding[] = [];
  for (const p of PLACEHOLDERS) {
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + p.length)) {
      out.push({ rule: PLACEHOLDER_RULE, severity: 'warn', start: at, end: at + p.length, code: 'placeholder', values: [p] });
    }
  }
  return out;
}

function policyCheck(text: string, marketplace: string | undefined, placeholders: boolean): PolicyCheck {
  const result = checkMessage(text, { kind: 'reply', ...(marketplace ? { marketplace } : {}) });
  const local = placeholders ? placeholderFindings(text) : [];
  const findings = local.length ? [...result.findings, ...local].sort((a, b) => a.start - b.start || a.end - b.end) : result.findings;
  const verdict: Verdict = result.verdict === 'block' ? 'block' : findings.length ? 'warn' : 'ok';
  const explain: Record<string, string> = {};
  for (const f of findings) explain[f.rule] ??= policyExplainKey(f.rule);
  return { verdict, findings, explain };
}

const deliveryOf = (o: Order): string | undefined => o.latestDeliveryDate ?? o.earliestDeliveryDate;

/** Picker sessions: one index per opening of the picker (a few tabs at a time). */
const MAX_SESSIONS = 8;
interface PickSession { templates: Promise<Template[]>; indexes: Map<string, PickerIndex> }

export function composeHandlers(deps: HandlerDeps): ComposeHandlers {
  const { repos } = deps;
  const list = templateHandlers(deps)['templates/list'];
  const sessions = new Map<string, PickSession>();

  const session = (id: string): PickSession => {
    let s = sessions.get(id);
    if (!s) {
      // templates/list puts the starters in on first use
      s = { templates: Promise.resolve(list({ type: 'templates/list' }, { sender: {} })).then((r) => r.templates), indexes: new Map() };
      s.templates.catch(() => sessions.delete(id));
      sessions.set(id, s);
      if (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value as string);
    }
    return s;
  };
  const indexFor = async (id: string, marketplaceId: string | undefined, category: Category | undefined): Promise<PickerIndex> => {
    const s = session(id);
    const key = `${marketplaceId ?? ''}|${category ?? ''}`;
    let index = s.indexes.get(key);
    if (!index) {
      index = buildIndex(await s.templates, marketplaceId, category);
      s.indexes.set(key, index);
    }
    return index;
  };

  return {
    'compose/check': ({ text, marketplace }) => {
      const { verdict, findings, explain } = policyCheck(text, marketplace, true);
      return Promise.resolve({ result: { verdict, findings }, explain });
    },

    'templates/context': async ({ accountId, orderIds, buyerText, threadText, language }) => {
      const storeName = accountId ? storeNameOf(await repos.db.accounts.get(accountId)) : undefined;
      let order: StoredOrderContext | undefined;
      for (const id of orderIds) {
        const found = await repos.orders.get(id);
        if (!found) continue;
        const o = found.order;
        const deliveryDate = deliveryOf(o);
        order = {
          orderId: o.orderId,
          ...(o.buyerName ? { buyerName: o.buyerName } : {}),
          items: found.items.map((i) => ({
            asin: i.asin, quantity: i.quantity, ...(i.sku ? { sku: i.sku } : {}), ...(i.title ? { title: i.title } : {}),
          })),
          ...(deliveryDate ? { deliveryDate } : {}),
          ...(o.trackingNumber ? { trackingNumber: o.trackingNumber } : {}),
        };
        break;
      }
      // the unanswered messages first; a bare "any news?" says nothing: then the whole conversation
      // (no category while the classifier's model is unavailable: the picker then puts no category first)
      const model = buyerText?.trim() || threadText?.trim() ? await classifierModel(deps) : undefined;
      let c = model && buyerText?.trim() ? classifyMessage(model, buyerText, language) : undefined;
      if (model && (!c || c.system || c.category === 'other') && threadText?.trim()) c = classifyMessage(model, threadText, language);
      return {
        ...(order ? { order } : {}),
        ...(c && !c.system ? { category: c.category, confidence: c.confidence } : {}),
        ...(storeName ? { storeName } : {}),
      };
    },

    'templates/pick': async ({ session: id, query, marketplaceId, category, limit }) => {
      const index = await indexFor(id, marketplaceId, category);
      const hits = searchIndex(index, query);
      const rows = hits.slice(0, limit).map((i): PickRow => {
        const e = index.entries[i]!;
        return {
          id: e.template.id, name: e.template.name, tags: e.template.tags,
          ...(e.language ? { language: e.language } : {}), fallback: e.fallback, inCategory: e.inCategory,
        };
      });
      return { rows, total: hits.length, templates: index.entries.length };
    },

    'templates/preview': async ({ session: id, templateId, ctx }) => {
      const stored = sessions.has(id) ? (await session(id).templates).find((t) => t.id === templateId) : undefined;
      const template = stored ?? await repos.templates.get(templateId);
      if (!template) return {};
      const attachment = template.attachmentId ? await repos.db.attachments.get(template.attachmentId) : undefined;
      const picked = pickBody(template, ctx.marketplaceId);
      const render = renderTemplate(picked?.body ?? '', ctx);
      const preview: TemplatePreview = {
        id: template.id, name: template.name,
        ...(attachment ? { attachment: { id: attachment.id, name: attachment.name, type: attachment.type, size: attachment.size } } : {}),
        ...(picked ? { language: picked.language } : {}), fallback: picked?.fallback ?? false,
        render, placeholders: render.missing.map(placeholderFor),
        // the placeholders of missing values are the picker's own question, not a policy finding here
        check: policyCheck(render.text, ctx.marketplaceId, false),
      };
      return { preview };
    },

    'templates/attachment': async ({ templateId }) => {
      const template = await repos.templates.get(templateId);
      const file = template?.attachmentId ? await repos.db.attachments.get(template.attachmentId) : undefined;
      if (!file) return {};
      const bytes = new Uint8Array(await file.data.arrayBuffer());
      return { file: { id: file.id, name: file.name, type: file.type, size: bytes.length, base64: bytesToBase64(bytes) } };
    },
  };
}
