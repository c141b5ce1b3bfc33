/** The holiday check's problems (lib/holiday/check.ts) in the seller's language, each with how to fix it. */
import type { HolidayProblem } from '../../../lib/holiday/check';
import { variableLabel } from '../../../lib/holiday/check';
import { marketplaceById } from '../../../lib/marketplaces';
import type { Translate } from '../../i18n/catalog';

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
