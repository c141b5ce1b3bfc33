/**
 * The policy verdict as both compose features show it: a badge (`data-si="policy"`, `data-si-verdict`)
 * and the findings, one per rule, with the words that triggered it and what Amazon's rule says.
 */
import type { Finding, Verdict } from '../../../lib/policy/types';
import { findingDetail, findingHeadline, findingText, ruleExplanation, type Lookup } from '../../i18n/policy-text';
import { t } from '../../page/i18n';
import type { CheckResult } from './check';

export type ShownVerdict = Verdict | 'pending';

export function verdictText(v: ShownVerdict, findings: readonly Finding[]): string {
  const n = findings.length;
  if (v === 'pending') return t('composeChecking', 'Checking Amazon’s rules…');
  if (v === 'ok') return t('composeVerdictOk', 'Meets Amazon’s messaging rules');
  if (v === 'warn') return n === 1 ? t('composeVerdictWarnOne', '1 thing to check') : t('composeVerdictWarn', '$1 things to check', [String(n)]);
  return t('composeVerdictBlock', 'Not allowed by Amazon');
}

const ICON: Record<ShownVerdict, string> = { ok: '✓', warn: '!', block: '⨯', pending: '…' };

/** Every finding's headline once, blocking ones first: the chip names all of them, not only the first. */
export function headlines(findings: readonly Finding[]): string[] {
  const ordered = [...findings].sort((a, b) => Number(b.severity === 'block') - Number(a.severity === 'block'));
  return [...new Set(ordered.map(headline))];
}

export function VerdictBadge({ verdict, findings, compact }: { verdict: ShownVerdict; findings: readonly Finding[]; compact?: boolean }) {
  const label = verdictText(verdict, findings);
  const named = compact && verdict === 'block' && findings.length ? headlines(findings).join(' · ') : label;
  return (
    <span className={`verdict v-${verdict}`} data-si="policy" data-si-verdict={verdict} data-si-findings={headlines(findings).length} role="status"
      title={named === label ? label : `${label}: ${named}`}>
      <span className="v-icon" aria-hidden="true">{ICON[verdict]}</span>
      <span className="v-label">{named}</span>
    </span>
  );
}

/** the page UI's catalog for lib/policy's codes (components/i18n/policy-text.ts) */
const lookup: Lookup = (key, subs) => t(key, key, subs);

/** "E-mail address: buyers must …" -> "E-mail address" */
export const headline = (f: Finding): string => findingHeadline(lookup, f);
const detail = (f: Finding): string => findingDetail(lookup, f);
/** the whole finding in the seller's language */
export const findingMessage = (f: Finding): string => findingText(lookup, f);

/** One entry per rule, blocking rules first: headline, the quoted words, the finding, the rule's reason. */
export function FindingsList({ check }: { check: CheckResult }) {
  const groups = new Map<string, Finding[]>();
  for (const f of check.findings) groups.set(f.rule, [...(groups.get(f.rule) ?? []), f]);
  const ordered = [...groups.values()].sort((a, b) => Number(b[0]!.severity === 'block') - Number(a[0]!.severity === 'block'));
  if (ordered.length === 0) return null;
  return (
    <ul className="findings">
      {ordered.map((fs) => {
        const f = fs[0]!;
        const quotes = [...new Set(fs.map((x) => check.text.slice(x.start, x.end).trim()).filter(Boolean))].slice(0, 3);
        return (
          <li key={f.rule} className={`finding f-${f.severity}`} data-rule={f.rule}>
            <div className="f-head">
              <span className="f-sev">{f.severity === 'block' ? t('composeSevBlock', 'Blocked') : t('composeSevWarn', 'Check')}</span>
              <strong>{headline(f)}</strong>
              {quotes.map((q) => <q key={q} className="f-quote">{q.length > 40 ? `${q.slice(0, 40)}…` : q}</q>)}
            </div>
            {detail(f) && <div className="f-detail">{detail(f)}</div>}
            {check.explain[f.rule] && <div className="f-why">{ruleExplanation(lookup, f.rule)}</div>}
          </li>
        );
      })}
    </ul>
  );
}

export const POLICY_CSS = `
.verdict { display: inline-flex; align-items: center; gap: 6px; border-radius: 999px; padding: 3px 10px 3px 4px;
  font-size: 12px; font-weight: 600; white-space: nowrap; max-width: 100%; }
.verdict .v-label { overflow: hidden; text-overflow: ellipsis; }
.v-icon { display: inline-grid; place-items: center; width: 16px; height: 16px; border-radius: 50%; font-size: 11px;
  color: #fff; font-weight: 700; flex: none; }
.v-ok { background: #ecfdf5; color: #065f46; } .v-ok .v-icon { background: #059669; }
.v-warn { background: #fffbeb; color: #92400e; } .v-warn .v-icon { background: #d97706; }
.v-block { background: #fef2f2; color: #991b1b; } .v-block .v-icon { background: #dc2626; }
.v-pending { background: #f3f4f6; color: #4b5563; } .v-pending .v-icon { background: #9ca3af; }
.findings { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.finding { border-left: 3px solid #d97706; background: #fffbeb; border-radius: 0 6px 6px 0; padding: 6px 9px; }
.finding.f-block { border-left-color: #dc2626; background: #fef2f2; }
.f-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px; font-size: 12.5px; }
.f-sev { font-size: 10px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; color: #92400e; }
.f-block .f-sev { color: #b91c1c; }
.f-quote { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 11.5px; background: #fff;
  border: 1px solid #0000001a; border-radius: 4px; padding: 0 4px; quotes: none; }
.f-detail { font-size: 12px; margin-top: 2px; }
.f-why { font-size: 11.5px; color: #6b7280; margin-top: 2px; }
`;
