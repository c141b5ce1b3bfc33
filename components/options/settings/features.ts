/** The in-page feature switches shown in Settings, with their i18n keys (label, description). */
import { SWITCHABLE_FEATURES } from '../../../lib/db/settings-schema';

export type SwitchableFeature = (typeof SWITCHABLE_FEATURES)[number];

export const FEATURE_TEXT: Readonly<Record<SwitchableFeature, { label: string; description: string }>> = {
  'inbox-deadlines': { label: 'featInboxDeadlines', description: 'featInboxDeadlinesDesc' },
  'inbox-next': { label: 'featInboxNext', description: 'featInboxNextDesc' },
  'inbox-categories': { label: 'featInboxCategories', description: 'featInboxCategoriesDesc' },
  'thread-order-panel': { label: 'featThreadOrderPanel', description: 'featThreadOrderPanelDesc' },
  'thread-buyer-panel': { label: 'featThreadBuyerPanel', description: 'featThreadBuyerPanelDesc' },
  'thread-blacklist': { label: 'featThreadBlacklist', description: 'featThreadBlacklistDesc' },
  'compose-templates': { label: 'featComposeTemplates', description: 'featComposeTemplatesDesc' },
  'compose-policy': { label: 'featComposePolicy', description: 'featComposePolicyDesc' },
};

export { SWITCHABLE_FEATURES };
