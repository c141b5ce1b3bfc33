/**
 * Amazon marketplaces (shared/reference/amazon-data.md section 5).
 * Pure data: the time zone is an IANA name for the time-zone library, the language the marketplace default.
 */
export type Region = 'NA' | 'EU' | 'FE';
export type MessageLanguage = 'en' | 'de' | 'fr' | 'it' | 'es' | 'ja' | 'pt' | 'nl' | 'sv' | 'pl' | 'tr' | 'ar';

export interface Marketplace {
  code: string;
  id: string;
  region: Region;
  sellerCentralHost: string;
  retailDomain: string;
  currency: string;
  locale: string;
  language: MessageLanguage;
  timeZone: string;
}

const m = (
  code: string, id: string, region: Region, sellerCentralHost: string, retailDomain: string,
  currency: string, locale: string, timeZone: string,
): Marketplace => ({
  code, id, region, sellerCentralHost, retailDomain, currency, locale,
  language: locale.slice(0, 2) as MessageLanguage, timeZone,
});

export const MARKETPLACES: readonly Marketplace[] = [
  m('US', 'ATVPDKIKX0DER', 'NA', 'sellercentral.amazon.com', 'amazon.com', 'USD', 'en_US', 'America/Los_Angeles'),
  m('CA', 'A2EUQ1WTGCTBG2', 'NA', 'sellercentral.amazon.ca', 'amazon.ca', 'CAD', 'en_CA', 'America/Los_Angeles'),
  m('MX', 'A1AM78C64UM0Y8', 'NA', 'sellercentral.amazon.com.mx', 'amazon.com.mx', 'MXN', 'es_MX', 'America/Los_Angeles'),
  m('BR', 'A2Q3Y263D00KWC', 'NA', 'sellercentral.amazon.com.br', 'amazon.com.br', 'BRL', 'pt_BR', 'America/Sao_Paulo'),
  m('UK', 'A1F83G8C2ARO7P', 'EU', 'sellercentral-europe.amazon.com', 'amazon.co.uk', 'GBP', 'en_GB', 'Europe/London'),
  m('DE', 'A1PA6795UKMFR9', 'EU', 'sellercentral-europe.amazon.com', 'amazon.de', 'EUR', 'de_DE', 'Europe/Paris'),
  m('FR', 'A13V1IB3VIYZZH', 'EU', 'sellercentral-europe.amazon.com', 'amazon.fr', 'EUR', 'fr_FR', 'Europe/Paris'),
  m('IT', 'APJ6JRA9NG5V4', 'EU', 'sellercentral-europe.amazon.com', 'amazon.it', 'EUR', 'it_IT', 'Europe/Paris'),
  m('ES', 'A1RKKUPIHCS9HS', 'EU', 'sellercentral-europe.amazon.com', 'amazon.es', 'EUR', 'es_ES', 'Europe/Paris'),
  m('IE', 'A28R8C7NBKEWEA', 'EU', 'sellercentral-europe.amazon.com', 'amazon.ie', 'EUR', 'en_IE', 'Europe/Dublin'),
  m('NL', 'A1805IZSGTT6HS', 'EU', 'sellercentral.amazon.nl', 'amazon.nl', 'EUR', 'nl_NL', 'Europe/Amsterdam'),
  m('BE', 'AMEN7PMS3EDWL', 'EU', 'sellercentral.amazon.com.be', 'amazon.com.be', 'EUR', 'fr_BE', 'Europe/Brussels'),
  m('SE', 'A2NODRKZP88ZB9', 'EU', 'sellercentral.amazon.se', 'amazon.se', 'SEK', 'sv_SE', 'Europe/Stockholm'),
  m('PL', 'A1C3SOZRARQ6R3', 'EU', 'sellercentral.amazon.pl', 'amazon.pl', 'PLN', 'pl_PL', 'Europe/Warsaw'),
  m('TR', 'A33AVAJ2PDY3EV', 'EU', 'sellercentral.amazon.com.tr', 'amazon.com.tr', 'TRY', 'tr_TR', 'Europe/Istanbul'),
  m('AE', 'A2VIGQ35RCS4UG', 'EU', 'sellercentral.amazon.ae', 'amazon.ae', 'AED', 'en_AE', 'Asia/Dubai'),
  m('SA', 'A17E79C6D8DWNP', 'EU', 'sellercentral.amazon.sa', 'amazon.sa', 'SAR', 'en_AE', 'Asia/Riyadh'),
  m('EG', 'ARBP9OOSHTCHU', 'EU', 'sellercentral.amazon.eg', 'amazon.eg', 'EGP', 'en_AE', 'Africa/Cairo'),
  m('IN', 'A21TJRUUN4KGV', 'EU', 'sellercentral.amazon.in', 'amazon.in', 'INR', 'en_IN', 'Asia/Kolkata'),
  m('ZA', 'AE08WJ6YKNBMC', 'EU', 'sellercentral.amazon.co.za', 'amazon.co.za', 'ZAR', 'en_ZA', 'Africa/Johannesburg'),
  m('JP', 'A1VC38T7YXB528', 'FE', 'sellercentral.amazon.co.jp', 'amazon.co.jp', 'JPY', 'ja_JP', 'Asia/Tokyo'),
  m('AU', 'A39IBJ37TRP1C6', 'FE', 'sellercentral.amazon.com.au', 'amazon.com.au', 'AUD', 'en_AU', 'Australia/Sydney'),
  m('SG', 'A19VAU5U5O7RUS', 'FE', 'sellercentral.amazon.sg', 'amazon.sg', 'SGD', 'en_SG', 'Asia/Singapore'),
];

const byId = new Map(MARKETPLACES.map((mp) => [mp.id, mp]));
const byCode = new Map(MARKETPLACES.map((mp) => [mp.code, mp]));

export const marketplaceById = (id: string): Marketplace | undefined => byId.get(id);
export const marketplaceByCode = (code: string): Marketplace | undefined => byCode.get(code.toUpperCase() === 'GB' ? 'UK' : code.toUpperCase());
