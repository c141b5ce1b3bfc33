/**
 * The options page's sections, in navigation order. A section is a component rendered in the main
 * area under its title; `#/<id>` opens it. Templates come from ./templates/TemplatesPage (written
 * separately): loaded lazily, and while that file does not exist the section says so instead of
 * breaking the build.
 */
import { lazy, type ComponentType } from 'react';
import type { IconName } from '../ui';
import { useT } from '../i18n';
import { ComingSoon } from './ComingSoon';
import { SettingsPage } from './settings/SettingsPage';
import { BlacklistPage } from './blacklist/BlacklistPage';

/** Report imports (./imports): loaded when first opened (its parser runs in a Web Worker). */
const ImportsRoute: ComponentType = lazy(() => import('./imports/ImportsPage').then((m) => ({ default: m.ImportsPage })));
/** Analytics brings recharts: its own chunk, loaded when the section opens */
const AnalyticsRoute: ComponentType = lazy(() => import('./analytics/AnalyticsPage').then((m) => ({ default: m.AnalyticsPage })));
const BackupRoute: ComponentType = lazy(() => import('./backup/BackupPage').then((m) => ({ default: m.BackupPage })));
/** Campaigns (./campaigns): runner status, campaign editor, queues, send-log export. */
const CampaignsRoute: ComponentType = lazy(() => import('./campaigns/CampaignsPage').then((m) => ({ default: m.CampaignsPage })));
/** Holiday auto-reply (./holiday): settings, Amazon's 24-hour warning, the log of replies. */
const HolidayRoute: ComponentType = lazy(() => import('./holiday/HolidayPage').then((m) => ({ default: m.HolidayPage })));

export interface OptionsPage {
  id: string;
  /** i18n keys of the navigation label and the page description */
  labelKey: string;
  descriptionKey: string;
  icon: IconName;
  Component: ComponentType;
}

const templateModules = import.meta.glob<{ TemplatesPage: ComponentType }>('./templates/TemplatesPage.tsx');
const loadTemplates = templateModules['./templates/TemplatesPage.tsx'];

function TemplatesPending() {
  const t = useT();
  return <ComingSoon icon="templates" what={t('navTemplates')} />;
}

const TemplatesRoute: ComponentType = loadTemplates
  ? lazy(() => loadTemplates().then((m) => ({ default: m.TemplatesPage })))
  : TemplatesPending;

export const OPTIONS_PAGES: readonly OptionsPage[] = [
  { id: 'templates', labelKey: 'navTemplates', descriptionKey: 'pageTemplatesDesc', icon: 'templates', Component: TemplatesRoute },
  { id: 'blacklist', labelKey: 'navBlacklist', descriptionKey: 'pageBlacklistDescAll', icon: 'blacklist', Component: BlacklistPage },
  { id: 'campaigns', labelKey: 'navCampaigns', descriptionKey: 'pageCampaignsDesc', icon: 'campaigns', Component: CampaignsRoute },
  { id: 'holiday', labelKey: 'navHoliday', descriptionKey: 'pageHolidayDesc', icon: 'holiday', Component: HolidayRoute },
  { id: 'analytics', labelKey: 'navAnalytics', descriptionKey: 'pageAnalyticsDesc', icon: 'analytics', Component: AnalyticsRoute },
  { id: 'imports', labelKey: 'navImports', descriptionKey: 'pageImportsDesc', icon: 'upload', Component: ImportsRoute },
  { id: 'backup', labelKey: 'navBackup', descriptionKey: 'pageBackupDesc', icon: 'backup', Component: BackupRoute },
  { id: 'settings', labelKey: 'navSettings', descriptionKey: 'pageSettingsDesc', icon: 'settings', Component: SettingsPage },
];

export const PAGE_IDS: readonly string[] = OPTIONS_PAGES.map((p) => p.id);
export const templatesPageExists = Boolean(loadTemplates);
