/** Builds each account's products (ASIN, SKU, titles per language) from its catalog and the colours. */
import { LANGUAGES, type Language } from '../../../lib/model';
import { COLOURS, word, type CatalogEntry } from './catalog';
import type { Rng } from './random';
import type { ReplicaAccount, ReplicaProduct } from './types';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const SHAPES: ReplicaProduct['shape'][] = ['circle', 'square', 'triangle', 'diamond'];

const perLanguage = (f: (lang: Language) => string): Record<Language, string> =>
  Object.fromEntries(LANGUAGES.map((lang) => [lang, f(lang)])) as Record<Language, string>;

export const buildProducts = (
  rng: Rng, account: ReplicaAccount, brand: string, catalog: readonly CatalogEntry[],
): ReplicaProduct[] => {
  const out: ReplicaProduct[] = [];
  const skuPrefix = brand.slice(0, 2).toUpperCase();
  for (const entry of catalog) {
    const colours = rng.shuffle(COLOURS).slice(0, rng.int(1, 3));
    for (const colour of colours) {
      const asin = `B0${rng.chars(ALNUM, 8)}`;
      const colourCode = word(colour.name, 'en').replace(/[^A-Za-z]/g, '').slice(0, 3).toUpperCase();
      out.push({
        accountId: account.merchantId,
        asin,
        sku: `${skuPrefix}-${entry.code}-${colourCode}-${rng.digits(3)}`,
        titles: perLanguage((lang) => {
          const detail = entry.detail ? word(entry.detail, lang) : '';
          const colourName = word(colour.name, lang);
          if (lang === 'ja') return `${brand} ${word(entry.name, lang)} ${detail} ${colourName}`.replace(/ +/g, ' ').trim();
          return `${brand} ${word(entry.name, lang)}${detail ? `, ${detail}` : ''} - ${colourName}`;
        }),
        shortNames: perLanguage((lang) => word(entry.name, lang)),
        colorNames: perLanguage((lang) => word(colour.name, lang)),
        basePriceUsd: entry.priceUsd,
        color: colour.hex,
        shape: rng.pick(SHAPES),
        initials: `${brand[0] ?? 'X'}${entry.code.slice(0, 2)}`.toUpperCase(),
      });
    }
  }
  return out;
};
