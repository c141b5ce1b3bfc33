/**
 * The page UI in two parts (README, "Architecture"): the start part (entrypoints/seller-central.content) runs on every
 * Seller Central page; the on-demand part (entrypoints/page-ui-on-demand.ts: the case panels, the template picker, the
 * policy check, the write and case translation) is injected by the background into the same isolated world when a
 * case first needs it. Both use ONE copy of the start part's stateful modules: the start part puts them on this
 * global, and the on-demand part's build takes them from there (build/page-ui-split.ts). React is in the on-demand
 * part only (the start part's UIs are plain DOM, components/page/dom.ts; its build stops when React gets in). Pure
 * data: read by the build (wxt.config.ts) and by the page.
 */
export const PAGE_UI_SHARED = '__sellerInboxShared';

/** What the background injects (entrypoints/page-ui-on-demand.ts, an unlisted script). */
export const ON_DEMAND_SCRIPT = '/page-ui-on-demand.js';

/** The features in the on-demand part (their id and page kinds stay in the registry of the start part). */
export const ON_DEMAND_FEATURES = [
  'compose-templates', 'compose-policy', 'thread-order-panel', 'thread-buyer-panel', 'thread-blacklist',
  'thread-translate', 'compose-translate',
] as const;
export type OnDemandFeatureId = (typeof ON_DEMAND_FEATURES)[number];

/**
 * Start-part modules the on-demand part imports (paths from the project root). Shared, not copied: they hold state
 * (the UI language, settings, page checks, the thread bus) or classes that are checked with instanceof. The build
 * stops when the on-demand part imports any other module of components/ that is outside its own folders.
 */
export const SHARED_FILES = [
  'components/messaging.ts',
  'components/page/feature.ts',
  'components/page/i18n.ts',
  'components/page/locale.ts',
  'components/page/settings.ts',
  'components/page/trusted.ts',
  'components/page/page-check.ts',
  'components/page/problem-text.ts',
  'components/page/shadow-opener.ts',
  'components/ui/shortcut.ts',
] as const;
export type SharedKey = (typeof SHARED_FILES)[number];

/** Packages the start part must not hold (build/page-ui-split.ts, pageUiStartCheck): React ships on demand only. */
export const ON_DEMAND_ONLY_PACKAGES = ['react', 'react-dom', 'scheduler'] as const;

/** Folders and files that belong to the on-demand part (copied into its script, never shared). */
export const ON_DEMAND_SOURCES = [
  'components/features/compose-', 'components/features/thread-', 'components/text/', 'components/i18n/policy-text.ts',
  'components/i18n/template-text.ts', 'components/translate/', 'components/features/translate-shared/page-service.ts',
  'components/features/inbox-translate/preview-translation.tsx', 'entrypoints/page-ui-on-demand',
  'components/features/translate-shared/present.ts', 'components/page/page-sample-save.ts', 'components/features/thread-shared/open-case.ts',
  'components/page/react-mount.tsx', 'components/page/error-boundary.tsx',
  // pure constants (this file), copied
  'components/page/on-demand/shared-keys.ts',
] as const;

/** On-demand files the start part may hold a copy of: pure constants (the build checks the start part for others). */
export const ALSO_IN_START = [
  'components/page/on-demand/shared-keys.ts', 'components/features/thread-translate/styles.ts', 'components/features/translate-shared/present.ts',
  'components/features/thread-shared/open-case.ts',
] as const;
