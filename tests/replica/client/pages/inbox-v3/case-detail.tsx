/** The right pane: the chosen case's header (buyer, subject, order, relay address), its messages oldest first, the reply box. */
import { useEffect, useRef } from 'react';
import type { V3CaseResponse, WireMessage } from '../../../server/api-types';
import { useJson } from '../../use-json';
import { L3 } from './labels';
import { C } from './names';
import { V3ReplyBox } from './reply-box';
import { messageTime } from './time';
import { caseApi } from './url';

const SENDER_CLASS = { BUYER: C.messageBuyer, SELLER: C.messageSeller, AMAZON: C.messageAmazon } as const;

function Message({ m }: { m: WireMessage }) {
  return (
    <div className={`${C.message} ${SENDER_CLASS[m.senderType]}`}>
      <div className={C.messageSender}>{m.senderName || (m.senderType === 'AMAZON' ? L3.amazon : '')}</div>
      <div className={C.messageTime}>{messageTime(m.sentAt)}</div>
      <div className={C.messageBody}>{m.text}</div>
      {m.attachments.length > 0 && (
        <ul className={C.messageAttachments}>{m.attachments.map((a) => <li key={a.name}>{a.name}</li>)}</ul>
      )}
    </div>
  );
}

export function CaseDetailPane({ caseId, onChanged }: { caseId: string; onChanged: () => void }) {
  const [res, reload] = useJson<V3CaseResponse>(caseId ? caseApi(caseId) : null);
  const messages = useRef<HTMLDivElement>(null);
  const count = res.state === 'ok' ? res.data.messages.length : 0;
  useEffect(() => {
    const node = messages.current;
    if (node) node.scrollTop = node.scrollHeight;
  }, [count]);

  if (!caseId) return <section className={C.detailPane}><div className={C.empty}>{L3.empty}</div></section>;
  if (res.state !== 'ok') {
    return (
      <section className={C.detailPane} aria-busy={res.state === 'loading' ? 'true' : undefined}>
        <div className={C.empty} role={res.state === 'error' ? 'alert' : undefined}>{res.state === 'error' ? L3.caseFailed : L3.loading}</div>
      </section>
    );
  }
  const c = res.data.case;
  return (
    <section className={C.detailPane}>
      <div className={C.caseHeader}>
        <h2 className={C.headerBuyer}>{c.isSystem ? L3.amazon : c.buyerName}</h2>
        <div className={C.headerSubject}>{c.subject}</div>
        {c.orderId && (
          <div className={C.headerOrder}>{`${L3.orderId} `}<kat-link href={`/orders-v3/order/${encodeURIComponent(c.orderId)}`}>{c.orderId}</kat-link></div>
        )}
        {c.buyerEmail && <div className={C.headerEmail}>{c.buyerEmail}</div>}
      </div>
      <div className={C.messages} ref={messages}>
        {res.data.messages.map((m) => <Message key={m.messageId} m={m} />)}
      </div>
      <V3ReplyBox key={caseId} caseId={caseId} onDone={() => { reload(); onChanged(); }} />
    </section>
  );
}
