/**
 * A v3 page with a case open in the right pane, built from the replica contract (/work/wt/V3-MARKUP.md): the known
 * class names, or every one renamed (`msg3-*`, same structure and texts) for the structural fallback.
 */
export const CASE_A = '3f2a9c4e-1b7d-4e2a-9f3c-0a1b2c3d4e5f';
export const CASE_B = '9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e';
export const ORDER_A = '112-1234567-1234567';

export interface CaseFixtureOptions {
  renamed?: boolean;
  caseId?: string;
  /** messages: [kind, sender line, time, body] */
  messages?: readonly (readonly [string, string, string, string])[];
  noReply?: boolean;
  noHeader?: boolean;
  /** status label of the selected list row */
  rowStatus?: string;
}

export const MESSAGES = [
  ['buyer', 'Jane Doe', 'Dec 4, 2026, 9:15 AM', 'Hello,\nwhere is my order?'],
  ['seller', 'Green Garden Store', 'Dec 4, 2026, 11:02 AM', 'It shipped yesterday.'],
  ['amazon', 'Amazon', 'Dec 5, 2026, 7:00 AM', 'Delivery attempt failed.'],
  ['buyer', 'Jane Doe', 'Dec 5, 2026, 8:40 AM', 'Still nothing.'],
  ['buyer', 'Jane Doe', 'Dec 6, 2026, 6:05 AM', 'Please answer.'],
] as const;

export function casePage(o: CaseFixtureOptions = {}): string {
  const c = (name: string): string => (o.renamed ? name.replace(/^case-/, 'msg3-') : name);
  const id = o.caseId ?? CASE_A;
  const messages = (o.messages ?? MESSAGES).map(([kind, sender, time, body]) => `<div class="${c('case-message')} ${c(`case-message-${kind}`)}">
      <div class="${c('case-message-sender')}">${sender}</div><div class="${c('case-message-time')}">${time}</div>
      <div class="${c('case-message-body')}">${body}</div></div>`).join('');
  const header = o.noHeader ? '' : `<div class="${c('case-header')}"><h2 class="${c('case-header-buyer')}">Jane Doe</h2>
      <div class="${c('case-header-subject')}">Where is my order?</div>
      <div class="${c('case-header-order')}">Order ID: <kat-link href="/orders-v3/order/${ORDER_A}">${ORDER_A}</kat-link></div>
      <div class="${c('case-header-email')}">jane+${id}@marketplace.amazon.com</div></div>`;
  const reply = o.noReply ? '' : `<div class="${c('case-reply')}">
      <kat-dropdown class="${c('case-reply-templates')}" placeholder="Templates"><template shadowrootmode="open"><select><option>Templates</option></select></template></kat-dropdown>
      <kat-textarea class="${c('case-reply-textarea')}" placeholder="Type your response"><template shadowrootmode="open"><textarea placeholder="Type your response"></textarea></template></kat-textarea>
      <div class="${c('case-reply-actions')}">
        <kat-button class="${c('case-reply-attach')}" label="Add attachment"><template shadowrootmode="open"><button>Add attachment</button></template></kat-button>
        <kat-button class="${c('case-reply-no-response')}" label="No response needed"><template shadowrootmode="open"><button>No response needed</button></template></kat-button>
        <kat-button class="${c('case-reply-send')}" variant="primary" label="Send"><template shadowrootmode="open"><button>Send</button></template></kat-button>
      </div></div>`;
  return `<div class="${c('inbox-v3-app')}"><div class="${c('inbox-v3-body')}">
    <section class="${c('case-list-pane')}"><div class="${c('case-list')}" role="list">
      <div class="${c('case-list-item')}" role="listitem" aria-selected="true"><div>Jane Doe</div><div>Where is my order?</div>
        <div>Order ID: ${ORDER_A}</div><div>3 hours ago</div><kat-label class="${c('case-status-label')}" text="${o.rowStatus ?? 'Response needed'}"></kat-label></div>
      <div class="${c('case-list-item')}" role="listitem" aria-selected="false"><div>Max Muster</div><div>Size?</div>
        <div>Order ID: 113-7654321-7654321</div><div>Dec 5, 2026</div><kat-label class="${c('case-status-label')}" text="Sent"></kat-label></div>
    </div></section>
    <section class="${c('case-detail-pane')}">${header}<div class="${c('case-messages')}">${messages}</div>${reply}</section>
  </div></div>`;
}
