/**
 * Next to the page's Send button: the live verdict of what is typed (`data-si="policy"`), and after a
 * stopped Send the reason (block) or the question (warn: "Send anyway" / "Keep editing").
 */
import { useSyncExternalStore } from 'react';
import { t } from '../../page/i18n';
import type { CheckResult } from '../compose-shared/check';
import { FindingsList, headline, POLICY_CSS, VerdictBadge } from '../compose-shared/PolicyView';
import { trusted } from '../../page/trusted';

export interface PolicyState {
  /** the text is empty: nothing to show */
  empty: boolean;
  /** the latest finished check of the text (undefined while checking) */
  live?: CheckResult;
  /** a Send was stopped: why */
  stopped?: { kind: 'block' | 'warn'; check: CheckResult } | { kind: 'error' };
  /** the details panel is open */
  open: boolean;
}

export class PolicyStore {
  private listeners = new Set<() => void>();
  private state: PolicyState = { empty: true, open: false };
  subscribe = (l: () => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  get = () => this.state;
  set(patch: Partial<PolicyState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
}

export interface PolicyBarActions {
  sendAnyway(): void;
  keepEditing(): void;
}

export function PolicyBar({ store, actions }: { store: PolicyStore; actions: PolicyBarActions }) {
  const s = useSyncExternalStore(store.subscribe, store.get);
  if (s.empty && !s.stopped) return null;
  const stopped = s.stopped;
  const shown = stopped && stopped.kind !== 'error' ? stopped.check : s.live;
  const verdict = shown ? shown.verdict : 'pending';
  const findings = shown?.findings ?? [];
  const panel = stopped || (s.open && shown && findings.length > 0);
  const firstBlock = findings.find((f) => f.severity === 'block');
  return (
    <span className="pw">
      <button type="button" className="badge-btn" aria-expanded={!!panel} disabled={findings.length === 0 && !stopped}
        onClick={() => store.set(panel ? { open: false, stopped: undefined } : { open: true })}
        title={findings.length ? t('composeShowDetails', 'Show what Amazon’s rules say') : undefined}>
        <VerdictBadge verdict={verdict} findings={findings} compact />
      </button>
      {panel && (
        <div className={`panel${stopped ? ` stopped-${stopped.kind}` : ''}`} data-si="policy-panel" role={stopped ? 'alert' : 'region'}>
          {stopped?.kind === 'block' && (
            <div className="p-title" data-si="policy-stopped" data-si-kind="block">
              {t('composeNotSent', 'Not sent: $1.', [firstBlock ? headline(firstBlock) : t('composeVerdictBlock', 'Not allowed by Amazon')])}
              {' '}{t('composeNotSentHint', 'Change the words quoted below, then send again.')}
            </div>
          )}
          {stopped?.kind === 'warn' && (
            <div className="p-title" data-si="policy-stopped" data-si-kind="warn">{t('composeWarnQ', 'Send this message anyway?')}</div>
          )}
          {stopped?.kind === 'error' && (
            <div className="p-title" data-si="policy-stopped" data-si-kind="error">{t('composeCheckFailed', 'The message could not be checked. Send it anyway?')}</div>
          )}
          {shown && findings.length > 0 && <FindingsList check={shown} />}
          {(stopped?.kind === 'warn' || stopped?.kind === 'error') && (
            <div className="p-actions">
              <button type="button" className="btn" onClick={actions.keepEditing}>{t('composeKeepEditing', 'Keep editing')}</button>
              <button type="button" className="btn primary warn" data-si="send-anyway" onClick={trusted(actions.sendAnyway)}>{t('composeSendAnyway', 'Send anyway')}</button>
            </div>
          )}
          {stopped?.kind === 'block' && (
            <div className="p-actions">
              <button type="button" className="btn" onClick={actions.keepEditing}>{t('composeOk', 'OK')}</button>
            </div>
          )}
        </div>
      )}
    </span>
  );
}

export const POLICY_BAR_CSS = `
.pw { position: relative; display: inline-block; vertical-align: middle; font: 13px/1.4 var(--si-font, system-ui, sans-serif); color: #1f2937; }
.badge-btn { font: inherit; background: none; border: 0; padding: 0; cursor: pointer; border-radius: 999px; max-width: 340px; display: inline-flex; }
.badge-btn:disabled { cursor: default; }
.badge-btn:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.panel { position: absolute; z-index: 2147483000; bottom: calc(100% + 8px); left: 0; width: 440px; max-width: calc(100vw - 24px);
  box-sizing: border-box; background: #fff; border: 1px solid #d1d5db; border-radius: 10px; padding: 10px 12px;
  box-shadow: 0 12px 32px #0f172a29, 0 2px 6px #0f172a14; display: grid; gap: 8px; }
.panel.stopped-block { border-color: #fca5a5; }
.panel.stopped-warn, .panel.stopped-error { border-color: #fcd34d; }
.p-title { font-weight: 700; font-size: 13px; }
.stopped-block .p-title { color: #991b1b; }
.stopped-warn .p-title, .stopped-error .p-title { color: #92400e; }
.p-actions { display: flex; justify-content: flex-end; gap: 8px; }
.btn { font: inherit; font-size: 12.5px; font-weight: 600; border-radius: 6px; padding: 5px 12px; cursor: pointer; border: 1px solid #d1d5db; background: #fff; color: #1f2937; }
.btn:hover { background: #f3f4f6; }
.btn.primary.warn { background: #d97706; border-color: #d97706; color: #fff; }
.btn.primary.warn:hover { background: #b45309; }
.btn:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
${POLICY_CSS}
`;
