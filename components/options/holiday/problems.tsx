/** The holiday check's problems (lib/holiday/check.ts) in the seller's language, each with how to fix it. */
import { reasonText as sendNotesReasonText } from '../send-notes';
import type { HolidayProblem } from '../../../lib/holiday/check';
import { variableLabel } from '../../../lib/holiday/check';
import { marketplaceById } from '../../../lib/marketplaces';
import type { Translate } from '../../i18n/catalog';
import { noteText, reasonText } from '../campaigns/labels';

export function problemLine(t: Translate, p: HolidayProblem): string {
  const mp = marketplaceById(p.marketplaceId)?.code ?? p.marketplaceId;
  switch (p.kind) {
    case 'no-template': return t('holProblemNoTemplate', mp);
    case 'syntax': return t('holProblemSyntax', mp, p.templateName, p.detail);
    case 'store-name': return t('holProblemStoreName', mp, p.templateName, p.accountId);
    case 'missing': return t('holProblemMissing', mp, p.templateName, p.variables.map(variableLabel).join(', '));
  }
}

export function HolidayProblems({ problems, t }: { problems: readonly HolidayProblem[]; t: Translate }) {
  if (!problems.length) return null;
  return (
    <div className="si-notice si-notice--error" role="alert" data-si="holiday-problems">
      <strong>{t('holProblemsTitle')}</strong>
      <ul>{problems.map((p, i) => <li key={i} data-si-problem={p.kind}>{problemLine(t, p)}</li>)}</ul>
    </div>
  );
}

/** A holiday reply's stage as the Campaigns page names it (`sending` is still going out). */
export const stageText = (t: Translate, stage: string): string =>
  stage === 'sending' ? t('holStageSending') : t(`cpQueue_${stage}`);

/** Why a holiday reply was skipped or failed, in the seller's words (stored: `no-template`, `blacklisted`, `incomplete: a, b`, `policy: rule`, runner reasons). */
export function holidayReasonText(t: Translate, reason: string | undefined): string {
  if (!reason) return '';
  if (reason === 'no-template') return t('holReasonNoTemplate');
  if (reason === 'blacklisted') return t('holReasonBlacklisted');
  const m = /^(incomplete|policy): (.*)$/s.exec(reason);
  if (m?.[1] === 'incomplete') return t('holReasonIncomplete', (m[2] ?? '').split(/,\s*/).map((n) => noteText(t, n)).join(', '));
  if (m?.[1] === 'policy') return t('holReasonPolicy', (m[2] ?? '').split(/,\s*/).map((n) => noteText(t, n)).join(', '));
  // a buyer value left out (`sent replaced:buyer_name:punctuation`), else a campaign reason
  return /replaced:/.test(reason) ? sendNotesReasonText(t, reason) : reasonText(t, reason, undefined, []);
}
