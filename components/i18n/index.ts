/** UI text: every string comes from public/_locales/<locale>/messages.json. */
export {
  createTranslator, formatMessage, resolveLocale, UI_LOCALES,
  type Catalog, type CatalogEntry, type Translate, type UiLanguageSetting, type UiLocale,
} from './catalog';
export { loadCatalog, loadCatalogs, type FetchText } from './load';
export { I18nProvider, useI18n, useT, type I18n } from './provider';
