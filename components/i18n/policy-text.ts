/**
 * Policy findings (lib/policy: a rule, a code and values) in the seller's words: `polFind_<code>` ("Headline: what
 * to do"), language codes among the values named with `polLang_<code>`, each rule's reason `polExplain_<rule>`.
 * `lookup(key, substitutions)` is the caller's catalog (the page UI's or an extension page's). Pure.
 */
import type { Finding } from '../../lib/policy/types';

export type Lookup = (key: string, substitutions: string[]) => string;

const LANGUAGE_CODE = /^[a-z]{2}$/;

export const findingKey = (f: Pick<Finding, 'code'>): string => `polFind_${f.code}`;
export const explainKey = (rule: string): string => `polExplain_${rule.replace(/-/g, '_')}`;

/** The whole finding: "Phone number: buyers must be contacted only through Amazon messages." */
export function findingText(lookup: Lookup, f: Pick<Finding, 'code' | 'values'>): string {
  const values = (f.values ?? []).map((v) => (LANGUAGE_CODE.test(v) ? lookup(`polLang_${v}`, []) : v));
  return lookup(findingKey(f), values);
}

/** split at the first colon (ASCII or full-width) within the first 60 characters */
function split(text: string): [string, string] {
  const m = /[:：]/.exec(text);
  if (!m || m.index === 0 || m.index >= 60) return [text, ''];
  return [text.slice(0, m.index), text.slice(m.index + 1).trim()];
}

/** "Phone number" */
export const findingHeadline = (lookup: Lookup, f: Pick<Finding, 'code' | 'values'>): string => split(findingText(lookup, f))[0];

/** "Buyers must be contacted only through Amazon messages." */
export function findingDetail(lookup: Lookup, f: Pick<Finding, 'code' | 'values'>): string {
  const rest = split(findingText(lookup, f))[1];
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** What Amazon forbids and why, for a rule id. */
export const ruleExplanation = (lookup: Lookup, rule: string): string => lookup(explainKey(rule), []);

/** Every finding code lib/policy and the compose check may return (the i18n test checks both locales word them). */
export const FINDING_CODES: readonly string[] = [
  'email', 'emoji', 'emoticon', 'linkShortened', 'linkCarrier', 'linkOutside', 'linkStorefront', 'linkOtherMarketplace',
  'linkOtherMarketplaceAny', 'linkAmazonOther', 'linkUnsolicited', 'linkDisguised', 'htmlTag', 'htmlEntity', 'htmlImage',
  'importantReview', 'importantMarketing', 'importantThanks', 'importantNotCritical', 'langChineseInJapanese', 'langJapanese',
  'langJapaneseAny', 'langChinese', 'langLooks', 'langLooksEnglish', 'marketing', 'offer', 'coupon', 'offAmazon', 'phone',
  'repeatReview', 'reviewPositive', 'reviewGating', 'reviewChange', 'reviewContactFirst', 'reviewIncentive', 'reviewHappyOnly',
  'shippingOnly', 'thanksOnly', 'placeholder',
];
export const LANGUAGE_CODES: readonly string[] = ['en', 'de', 'fr', 'it', 'es', 'ja', 'zh', 'pt', 'nl', 'sv', 'pl', 'tr', 'ar'];
