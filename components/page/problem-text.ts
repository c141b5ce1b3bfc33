/**
 * What the quiet notice says when a reader did not find its part of the page, in the seller's language: the
 * adapters (lib/seller-central) name the missing parts by code ('threadList', 'messageTime' ...); here they become
 * the page check's words (page-check-text.ts), and the feature's id its name from the settings page.
 */
import { t } from './i18n';
import { partText } from './page-check-text';

export type ProblemKind = 'caseList' | 'inboxRows' | 'case' | 'threadPage' | 'feedbackPage';

/** adapter codes that the page check calls otherwise */
const SAME_AS: Readonly<Record<string, string>> = { threadList: 'list', time: 'times', messageTime: 'times' };

const KIND: Readonly<Record<ProblemKind, readonly [string, string]>> = {
  caseList: ['problemCaseListNotFound', 'case list not found: $1'],
  inboxRows: ['problemInboxRowsNotFound', 'inbox rows not found: $1'],
  case: ['problemCaseNotRecognised', 'case not recognised: $1'],
  threadPage: ['problemThreadNotRecognised', 'thread page not recognised: $1'],
  feedbackPage: ['problemFeedbackNotRead', 'Feedback Manager: feedback not read, not found: $1'],
};

/** "inbox rows not found: list, toolbar" */
export function problemText(kind: ProblemKind, missing: readonly string[]): string {
  const parts = [...new Set(missing.map((m) => partText(SAME_AS[m] ?? m, t)))];
  const [key, fallback] = KIND[kind];
  return t(key, fallback, [parts.join(t('pageCheckListSeparator', ', '))]);
}

/** 'inbox-deadlines' -> its name on the settings page ("Inbox deadlines") */
export function featureName(id: string): string {
  const key = `feat${id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')}`;
  return t(key, id);
}

/** Every key this file may look up (the i18n test checks both locales have them). */
export const PROBLEM_TEXT_KEYS: readonly string[] = [...Object.values(KIND).map(([k]) => k), 'pageCheckPartThread', 'problemFeedbackRowsNotRead'];
