/**
 * The rows of the case list (`.case-list` > `.case-list-item`): From, subject, preview, order id, the newest
 * message's time and the status label. Click or Enter selects; `v3-case-links` makes every row an <a href>.
 */
import type { KeyboardEvent } from 'react';
import type { V3CaseSummary } from '../../../server/api-types';
import { L3 } from './labels';
import { C, V3 } from './names';
import { listDate, listTime } from './time';
import { caseHref } from './url';

const statusText = (c: V3CaseSummary): string =>
  c.status === 'RESPONSE_NEEDED' ? L3.statusResponseNeeded
    : c.status === 'ANSWERED' ? L3.statusSent : L3.resolvedOn(listDate(c.resolvedAt ?? c.lastMessageAt));

function Row({ c, selected, onSelect }: { c: V3CaseSummary; selected: boolean; onSelect: (caseId: string) => void }) {
  const content = (
    <>
      <div className={C.itemFrom}>{c.isSystem ? L3.amazon : c.buyerName}</div>
      <div className={C.itemSubject}>{c.subject}</div>
      <div className={C.itemPreview}>{c.preview}</div>
      {c.orderId && !V3.drifted && <div className={C.itemOrder}>{`${L3.orderId} ${c.orderId}`}</div>}
      {!V3.missingTimes && <div className={C.itemDate}>{listTime(c.lastMessageAt)}</div>}
      <kat-label className={C.statusLabel} text={statusText(c)}
        variant={c.status === 'RESPONSE_NEEDED' ? 'warning' : c.status === 'ANSWERED' ? 'success' : undefined} />
    </>
  );
  const aria = selected ? 'true' : 'false';
  if (V3.caseLinks) {
    return <a className={C.item} role="listitem" href={caseHref(c.caseId)} aria-selected={aria}>{content}</a>;
  }
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Enter') onSelect(c.caseId);
  };
  return (
    <div className={C.item} role="listitem" tabIndex={0} aria-selected={aria} onClick={() => onSelect(c.caseId)} onKeyDown={onKeyDown}>
      {content}
    </div>
  );
}

export function CaseRows({ cases, selected, onSelect }: {
  /** null: not there yet (skeleton rows without text, aria-busy) */
  cases: V3CaseSummary[] | null; selected: string; onSelect: (caseId: string) => void;
}) {
  if (cases === null) {
    return (
      <div className={C.list} role="list" aria-busy="true">
        {[0, 1, 2, 3, 4, 5].map((i) => <div key={i} className={C.skeleton} />)}
      </div>
    );
  }
  if (V3.extraWrappers) {
    return (
      <div className="case-list-shell">
        <div className={C.list} role="list">
          {cases.map((c) => (
            <div key={c.caseId} className="case-row-shell"><div>
              <Row c={c} selected={c.caseId === selected} onSelect={onSelect} />
            </div></div>
          ))}
          {cases.length === 0 && <div className={C.listEmpty}>{L3.noCases}</div>}
        </div>
      </div>
    );
  }
  return (
    <div className={C.list} role="list">
      {cases.map((c) => <Row key={c.caseId} c={c} selected={c.caseId === selected} onSelect={onSelect} />)}
      {cases.length === 0 && <div className={C.listEmpty}>{L3.noCases}</div>}
    </div>
  );
}
