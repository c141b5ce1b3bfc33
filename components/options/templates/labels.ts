/** Display names the templates section shares: languages (from Intl, in the UI language) and categories. */
import { useMemo } from 'react';
import type { Category, Language } from '../../../lib/model';
import { useI18n, type Translate } from '../../i18n';

export const categoryLabel = (t: Translate, c: Category): string => t(`tplCat_${c.replace(/-/g, '_')}`);

/** Language names in the UI's language ("German" / "德语"). */
export function useLanguageName(): (l: Language) => string {
  const { locale } = useI18n();
  return useMemo(() => {
    let names: Intl.DisplayNames | undefined;
    try { names = new Intl.DisplayNames([locale.replace('_', '-')], { type: 'language' }); } catch { names = undefined; }
    return (l: Language) => names?.of(l) ?? l.toUpperCase();
  }, [locale]);
}
