/**
 * The reply area of a thread, rendered inside an open shadow root. The textarea is React-controlled
 * (`value` + `onChange`): a script that assigns `.value` without the native setter and an `input` event
 * loses its text on the next render, as on the real site.
 */
import { useRef, useState } from 'react';
import type { OkResponse, WireAttachment } from '../../server/api-types';
import { postJson } from '../api';
import { L } from '../labels';
import { N, V } from '../markup';
import { ShadowHost } from '../shadow-host';

const CANNED = [
  { id: 'thanks', name: 'Thank you for your message', text: 'Hello,\n\nThank you for contacting us. We are looking into your request and will get back to you shortly.\n\nKind regards' },
  { id: 'tracking', name: 'Tracking information', text: 'Hello,\n\nYour order has shipped. You can follow the delivery with the tracking number shown in Your Orders on Amazon.\n\nKind regards' },
  { id: 'return', name: 'Return instructions', text: 'Hello,\n\nYou can return the item through the Online Returns Center in Your Orders on Amazon. The return label is free of charge.\n\nKind regards' },
];

const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

const CSS = `
:host{display:block;margin-top:14px}
.compose{background:#fff;border:1px solid #d5d9d9;border-radius:8px;padding:12px 14px;font-size:13px}
.compose-toolbar{display:flex;flex-wrap:wrap;align-items:center;gap:10px;margin-bottom:8px}
select{font:inherit;font-size:13px;padding:5px 8px;border:1px solid #a6a6a6;border-radius:3px;background:#f0f2f2}
textarea{box-sizing:border-box;width:100%;min-height:140px;font:inherit;font-size:13px;padding:8px;border:1px solid #a6a6a6;border-radius:3px;resize:vertical}
textarea:focus{outline:none;border-color:#008296;box-shadow:0 0 0 3px rgba(0,130,150,.2)}
.compose-actions{display:flex;align-items:center;gap:12px;margin-top:8px}
.compose-files{list-style:none;padding:0;margin:6px 0 0;display:flex;gap:6px;flex-wrap:wrap}
.compose-files li{background:#f0f2f2;border-radius:10px;padding:2px 8px;font-size:12px}
.compose-note{color:#565959;font-size:12px;margin-left:auto}
.compose-error{color:#b12704;font-size:12px}`;

export function ReplyBox({ threadId, onSent }: { threadId: string; onSent: (what: 'reply' | 'no-response') => void }) {
  const [text, setText] = useState('');
  const [template, setTemplate] = useState('');
  const [files, setFiles] = useState<WireAttachment[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const base = `/messaging/api/threads/${encodeURIComponent(threadId)}`;

  const post = async (url: string, body: unknown, what: 'reply' | 'no-response'): Promise<void> => {
    setBusy(true);
    setError('');
    try {
      const res = await postJson<OkResponse>(url, body);
      if (!res.ok) throw new Error(res.error ?? 'The message could not be sent.');
      if (what === 'reply') { setText(''); setFiles([]); setTemplate(''); }
      onSent(what);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ShadowHost tag={N.composerTag} id="bsm-compose" css={CSS} shadow={!V.noShadow}>
      <div className="compose" data-thread-id={N.times && N.threadIds !== false ? threadId : undefined}>
        <div className="compose-toolbar">
          <kat-dropdown className="compose-templates">
            <select aria-label={L.templates} value={template} onChange={(e) => {
              const picked = CANNED.find((c) => c.id === e.currentTarget.value);
              setTemplate(e.currentTarget.value);
              if (picked) setText(picked.text);
            }}>
              <option value="">{L.selectTemplate}</option>
              {CANNED.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </kat-dropdown>
          <kat-button className="compose-attach" variant="secondary" onClick={() => fileInput.current?.click()}>{L.addAttachment}</kat-button>
          <input ref={fileInput} type="file" hidden multiple onChange={(e) => {
            const picked = [...(e.currentTarget.files ?? [])].map((f) => ({ name: f.name, type: f.type, size: f.size }));
            const all = [...files, ...picked];
            if (all.reduce((s, f) => s + f.size, 0) > MAX_ATTACHMENT_BYTES) setError('Attachments are limited to 10 MB per message.');
            else setFiles(all);
            e.currentTarget.value = '';
          }} />
          <span className="compose-note">{L.composeNote}</span>
        </div>
        <textarea className="compose-textarea" name="reply" aria-label={L.replyLabel} maxLength={4000}
          placeholder={L.replyPlaceholder} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        {files.length > 0 && (
          <ul className="compose-files">{files.map((f) => <li key={f.name}>{f.name} ({Math.ceil(f.size / 1024)} KB)</li>)}</ul>
        )}
        <div className="compose-actions">
          <kat-button className="compose-send" variant="primary" disabled={busy || !text.trim()}
            onClick={() => { if (!busy && text.trim()) void post(`${base}/reply`, { text, attachments: files }, 'reply'); }}>{L.send}</kat-button>
          <kat-button className="compose-no-response" variant="link" disabled={busy}
            onClick={() => { if (!busy) void post(`${base}/no-response-needed`, {}, 'no-response'); }}>{L.markNoResponse}</kat-button>
          <span className="compose-count" aria-live="polite">{text.length} / 4000</span>
          {error && <span className="compose-error" role="alert">{error}</span>}
        </div>
      </div>
    </ShadowHost>
  );
}
