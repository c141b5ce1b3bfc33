/** The campaign editor's form state: text fields for the lists, parsed on save. Pure. */
import type { Campaign } from '../../../lib/model';
import type { CampaignInput } from '../../../lib/protocol/handlers/campaigns-schemas';

export interface CampaignDraft {
  id?: string;
  name: string;
  kind: Campaign['kind'];
  method: Campaign['method'];
  templateId: string;
  enabled: boolean;
  paused: boolean;
  testMode: boolean;
  trigger: Campaign['trigger'];
  delayFba: string;
  delayFbm: string;
  sendHour: string;
  marketplaceIds: string[];
  asins: string;
  excludeAsins: string;
  excludeSkus: string;
  excludeFromRegular: boolean;
  minQuantity: string;
  dailyCap: string;
}

export const newDraft = (): CampaignDraft => ({
  name: '', kind: 'follow-up', method: 'amazon-review-request', templateId: '', enabled: true, paused: false, testMode: true,
  trigger: 'delivered', delayFba: '5', delayFbm: '7', sendHour: '10', marketplaceIds: [], asins: '', excludeAsins: '', excludeSkus: '',
  excludeFromRegular: true, minQuantity: '5', dailyCap: '0',
});

export const draftOf = (c: Campaign): CampaignDraft => ({
  id: c.id, name: c.name, kind: c.kind, method: c.method, templateId: c.templateId ?? '', enabled: c.enabled, paused: c.paused,
  testMode: c.testMode, trigger: c.trigger, delayFba: String(c.delayDays.FBA), delayFbm: String(c.delayDays.FBM), sendHour: String(c.sendHour),
  marketplaceIds: [...c.marketplaceIds], asins: c.asins.join(', '), excludeAsins: c.excludeAsins.join(', '), excludeSkus: c.excludeSkus.join(', '),
  excludeFromRegular: c.excludeFromRegular, minQuantity: String(c.minQuantity), dailyCap: String(c.dailyCap),
});

export const splitList = (s: string): string[] => [...new Set(s.split(/[\s,;]+/).map((x) => x.trim()).filter(Boolean))];

export type DraftErrors = Partial<Record<'name' | 'templateId' | 'delayFba' | 'delayFbm' | 'sendHour' | 'asins' | 'excludeAsins' | 'minQuantity' | 'dailyCap', string>>;

const intIn = (s: string, min: number, max: number): number | undefined => {
  const n = Number(s.trim());
  return s.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
};
const ASIN = /^[A-Z0-9]{10}$/;

/** The message payload, or the errors (values are i18n keys). */
export function toInput(d: CampaignDraft): { input?: CampaignInput; errors: DraftErrors } {
  const errors: DraftErrors = {};
  if (!d.name.trim()) errors.name = 'cpErrName';
  if (d.method === 'template-message' && !d.templateId) errors.templateId = 'cpErrTemplate';
  const fba = intIn(d.delayFba, 0, 30); if (fba === undefined) errors.delayFba = 'cpErrDays';
  const fbm = intIn(d.delayFbm, 0, 30); if (fbm === undefined) errors.delayFbm = 'cpErrDays';
  const hour = intIn(d.sendHour, 0, 23); if (hour === undefined) errors.sendHour = 'cpErrHour';
  const asins = splitList(d.asins.toUpperCase());
  const excludeAsins = splitList(d.excludeAsins.toUpperCase());
  if (asins.some((a) => !ASIN.test(a))) errors.asins = 'cpErrAsin';
  if (d.kind === 'asin-after-sales' && !asins.length) errors.asins = 'cpErrAsinsNeeded';
  if (excludeAsins.some((a) => !ASIN.test(a))) errors.excludeAsins = 'cpErrAsin';
  const minQuantity = intIn(d.minQuantity, 0, 10_000); if (minQuantity === undefined) errors.minQuantity = 'cpErrNumber';
  const dailyCap = intIn(d.dailyCap, 0, 100_000); if (dailyCap === undefined) errors.dailyCap = 'cpErrNumber';
  if (Object.keys(errors).length) return { errors };
  return {
    errors,
    input: {
      ...(d.id ? { id: d.id } : {}),
      name: d.name.trim(), kind: d.kind, method: d.method,
      ...(d.method === 'template-message' && d.templateId ? { templateId: d.templateId } : {}),
      enabled: d.enabled, paused: d.paused, testMode: d.testMode, trigger: d.trigger,
      delayDays: { FBA: fba ?? 0, FBM: fbm ?? 0 }, sendHour: hour ?? 0, marketplaceIds: d.marketplaceIds,
      asins, excludeAsins, excludeSkus: splitList(d.excludeSkus), excludeFromRegular: d.excludeFromRegular,
      minQuantity: minQuantity ?? 0, dailyCap: dailyCap ?? 0,
    },
  };
}
