/**
 * Which body of a template to use for a thread: the buyer's preferred language when known, then the
 * marketplace's language, then English, then whatever the template has.
 */
import { marketplaceById } from '../marketplaces';
import { LANGUAGES, type Language, type Template } from '../model';

const asLanguage = (s: string | undefined): Language | undefined => {
  const l = s?.slice(0, 2).toLowerCase();
  return LANGUAGES.find((x) => x === l);
};

export function languageChain(marketplaceId: string | undefined, buyerLocale?: string): Language[] {
  const chain = [asLanguage(buyerLocale), asLanguage(marketplaceId ? marketplaceById(marketplaceId)?.language : undefined), 'en' as const];
  return [...new Set(chain.filter((l): l is Language => !!l))];
}

export function pickBody(
  template: Pick<Template, 'bodies'>, marketplaceId: string | undefined, buyerLocale?: string,
): { language: Language; body: string; fallback: boolean } | undefined {
  const chain = languageChain(marketplaceId, buyerLocale);
  for (const [i, lang] of chain.entries()) {
    const body = template.bodies[lang];
    if (body?.trim()) return { language: lang, body, fallback: i > 0 };
  }
  const any = LANGUAGES.find((l) => template.bodies[l]?.trim());
  return any ? { language: any, body: template.bodies[any] ?? '', fallback: true } : undefined;
}
