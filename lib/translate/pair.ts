/**
 * Which languages a translation goes between. Pure.
 * - The seller's language: the setting, else the UI's (zh_CN → 'zh', en → 'en').
 * - The buyer's language: the one they wrote in (detected with enough confidence), else the marketplace's.
 * - Reading: buyer's → seller's. Writing: seller's → buyer's (the language the buyer wrote in first, so a
 *   French buyer on amazon.de gets French).
 * No pair when both are the same: nothing to translate.
 */
import { marketplaceById } from '../marketplaces';
import type { Detected, LanguageCode, LanguagePair } from './types';

/** below this the detector's guess is not used */
export const DETECT_MIN_CONFIDENCE = 0.6;

/** The languages the seller can choose for themselves and the ones buyers write in (marketplaces). */
export const SELLER_LANGUAGES = ['zh', 'en'] as const;
export const BUYER_LANGUAGES = ['en', 'de', 'fr', 'it', 'es', 'ja', 'nl', 'pl', 'sv', 'tr', 'pt', 'ar', 'zh'] as const;

export type SellerLanguageSetting = 'auto' | (typeof SELLER_LANGUAGES)[number];

/** 'zh-Hans-CN', 'de_DE', 'EN' → 'zh', 'de', 'en' (Traditional Chinese stays 'zh-Hant'). */
export function baseLanguage(tag: string): LanguageCode {
  const t = tag.trim().replace(/_/g, '-').toLowerCase();
  if (/^zh-(?:hant|tw|hk|mo)\b/.test(t)) return 'zh-Hant';
  return t.split('-')[0] ?? t;
}

export function sellerLanguage(setting: SellerLanguageSetting | undefined, uiLocale: string): LanguageCode {
  return setting && setting !== 'auto' ? setting : baseLanguage(uiLocale) === 'zh' ? 'zh' : 'en';
}

export function marketplaceLanguage(marketplaceId: string | undefined): LanguageCode | undefined {
  return marketplaceId ? marketplaceById(marketplaceId)?.language : undefined;
}

export interface BuyerLanguageInput {
  detected?: Detected;
  marketplaceId?: string;
}

/** The buyer's language and where it came from ('detected' or 'marketplace'). */
export function buyerLanguage(input: BuyerLanguageInput): { language: LanguageCode; from: 'detected' | 'marketplace' } | undefined {
  const d = input.detected;
  if (d && d.language !== 'und' && d.confidence >= DETECT_MIN_CONFIDENCE) return { language: baseLanguage(d.language), from: 'detected' };
  const mp = marketplaceLanguage(input.marketplaceId);
  return mp ? { language: mp, from: 'marketplace' } : undefined;
}

const pairOf = (source: LanguageCode, target: LanguageCode): LanguagePair | undefined =>
  source === target ? undefined : { source, target };

export function readingPair(buyer: LanguageCode | undefined, seller: LanguageCode): LanguagePair | undefined {
  return buyer ? pairOf(buyer, seller) : undefined;
}

export function writingPair(seller: LanguageCode, buyer: LanguageCode | undefined): LanguagePair | undefined {
  return buyer ? pairOf(seller, buyer) : undefined;
}
