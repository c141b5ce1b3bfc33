/**
 * The v3 reply box: Amazon's template dropdown (fills the text), kat-textarea whose real <textarea> sits in
 * its OPEN shadow root and is React-controlled (a script that sets `.value` without the native setter and an
 * input event loses its text on the next render), attachments with chips, "No response needed", and Send
 * (disabled while the text is empty). Sends go through the page's own call and are recorded like any reply.
 */
import { useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { OkResponse, WireAttachment } from '../../../server/api-types';
import { postJson } from '../../api';
import { FIELD_CSS } from './css';
import { L3 } from './labels';
import { C } from './names';
import { useKatShadow } from './shadow';
import { caseApi } from './url';

/** Amazon's own reply templates (texts written for the replica). */
const TEMPLATES = [
  { id: 'shipped', name: 'Order shipped', text: 'Hello,\n\nThank you for your message. Your order has shipped and is on its way. You can follow the delivery in Your Orders on Amazon.\n\nBest regards' },
  { id: 'return', name: 'Return instructions', text: 'Hello,\n\nWe are sorry the item did not meet your expectations. You can return it through the Online Returns Center in Your Orders on Amazon.\n\nBest regards' },
  { id: 'delay', name: 'Delivery delay', text: 'Hello,\n\nWe apologize for the delay. The carrier reports that your parcel is on its way; please allow a few more days for delivery.\n\nBest regards' },
  { id: 'thanks', name: 'Thank you for contacting us', text: 'Hello,\n\nThank you for contacting us. We are looking into your request and will get back to you shortly.\n\nBest regards' },
];

const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export function V3ReplyBox({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const [text, setText] = useState('');
  const [template, setTemplate] = useState('');
  const [files, setFiles] = useState<WireAttachment[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const [textareaRef, textareaRoot] = useKatShadow('kat-textarea');
  const [dropdownRef, dropdownRoot] = useKatShadow('kat-dropdown');
  const empty = !text.trim();

  const post = async (action: 'reply' | 'no-response-needed', body: unknown): Promise<void> => {
    setBusy(true);
    setError('');
    try {
      const res = await postJson<OkResponse>(`${caseApi(caseId)}/${action}`, body);
      if (!res.ok) throw new Error(res.error ?? L3.sendFailed);
      if (action === 'reply') { setText(''); setFiles([]); setTemplate(''); }
      onDone();
    } catch {
      setError(L3.sendFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={C.reply}>
      <kat-dropdown ref={dropdownRef} className={C.replyTemplates} placeholder={L3.templates}>
        {dropdownRoot && createPortal(<>
          <style>{FIELD_CSS}</style>
          <select aria-label={L3.templates} value={template} onChange={(e) => {
            const picked = TEMPLATES.find((t) => t.id === e.currentTarget.value);
            setTemplate(e.currentTarget.value);
            if (picked) setText(picked.text);
          }}>
            <option value="">{L3.templates}</option>
            {TEMPLATES.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </select>
        </>, dropdownRoot)}
      </kat-dropdown>
      <kat-textarea ref={textareaRef} className={C.replyTextarea} placeholder={L3.replyPlaceholder}>
        {textareaRoot && createPortal(<>
          <style>{FIELD_CSS}</style>
          <textarea aria-label={L3.replyPlaceholder} placeholder={L3.replyPlaceholder} maxLength={4000} value={text}
            onChange={(e) => setText(e.currentTarget.value)} />
        </>, textareaRoot)}
      </kat-textarea>
      <div className={C.replyAttachments}>
        <input ref={fileInput} type="file" className={C.replyFile} hidden multiple onChange={(e) => {
          const picked = [...(e.currentTarget.files ?? [])].map((f) => ({ name: f.name, type: f.type, size: f.size }));
          const all = [...files, ...picked];
          if (all.reduce((sum, f) => sum + f.size, 0) > MAX_ATTACHMENT_BYTES) setError(L3.tooLarge);
          else setFiles(all);
          e.currentTarget.value = '';
        }} />
        {files.length > 0 && <ul className={C.replyFiles}>{files.map((f) => (
          <li key={f.name}>{f.name}{' '}
            {/* replica only: how the real list removes a file is unknown */}
            <button type="button" className="case-reply-file-remove" aria-label={`Remove ${f.name}`}
              onClick={() => setFiles((all) => all.filter((x) => x.name !== f.name))}>×</button>
          </li>))}</ul>}
      </div>
      <div className={C.replyActions}>
        <kat-button className={C.replyAttach} label={L3.addAttachment} onClick={() => fileInput.current?.click()} />
        <kat-button className={C.replyNoResponse} label={L3.noResponse} disabled={busy}
          onClick={() => { if (!busy) void post('no-response-needed', {}); }} />
        {error && <span className={C.replyError} role="alert">{error}</span>}
        <kat-button className={C.replySend} variant="primary" label={L3.send} disabled={busy || empty}
          onClick={() => { if (!busy && !empty) void post('reply', { text, attachments: files }); }} />
      </div>
    </div>
  );
}
