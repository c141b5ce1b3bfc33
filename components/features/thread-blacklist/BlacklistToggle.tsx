/**
 * The one-click blacklist toggle next to the buyer's name. Optimistic: the state flips at once and
 * the background confirms (`blacklist/add` / `blacklist/remove`); a failure flips it back and says so.
 * A toast offers Undo for 8 s and a reason (stored on the same entry).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BlacklistEntry } from '../../../lib/model';
import { sendRequest } from '../../messaging';
import { t } from '../../page/i18n';
import { emit } from '../thread-shared/bus';
import type { ThreadContext } from '../thread-shared/context';
import { stripBidi } from '../../../lib/text';
import { trusted } from '../../page/trusted';
import { BLACKLIST_MAX } from '../../../lib/limits';
import { marketplaceById } from '../../../lib/marketplaces';

export const UNDO_MS = 8000;

type Toast = { kind: 'added' | 'removed' | 'error'; text: string; undo?: () => Promise<void> } | null;


/** The buyer as a blacklist entry holds it: names and keys within BLACKLIST_MAX, the marketplace only when known. */
export function blacklistIdentity(c: { buyerKey?: string; buyerName?: string; marketplaceId?: string }): { buyerKey?: string; buyerName?: string; marketplaceId?: string } {
  return {
    ...(c.buyerKey ? { buyerKey: c.buyerKey.slice(0, BLACKLIST_MAX.buyerKey) } : {}),
    ...(c.buyerName ? { buyerName: c.buyerName.slice(0, BLACKLIST_MAX.buyerName) } : {}),
    ...(c.marketplaceId && marketplaceById(c.marketplaceId) ? { marketplaceId: c.marketplaceId } : {}),
  };
}

export function BlacklistToggle({ context, signal }: { context: ThreadContext; signal: AbortSignal }) {
  const [entries, setEntries] = useState<BlacklistEntry[] | undefined>(undefined);
  const [pressed, setPressed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [toast, setToast] = useState<Toast>(null);
  const [reasonOpen, setReasonOpen] = useState(false);
  const [reason, setReason] = useState('');
  const toastTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const name = context.buyerName ? stripBidi(context.buyerName) : t('threadThisBuyer', 'this buyer');
  // who, within what an entry can hold (lib/limits.ts): a known marketplace, names and keys cut to their bounds
  const who = useMemo(() => blacklistIdentity(context), [context]);

  const showToast = useCallback((next: Toast) => {
    clearTimeout(toastTimer.current);
    setToast(next);
    if (next) toastTimer.current = setTimeout(() => setToast(null), UNDO_MS);
  }, []);

  const refresh = useCallback(async () => {
    try {
      const r = await sendRequest({
        type: 'blacklist/status', orderIds: context.orderIds, ...who,
      });
      if (signal.aborted) return;
      setEntries(r.entries);
      setPressed(r.entries.length > 0);
    } catch {
      if (!signal.aborted) setEntries([]);
    }
  }, [context, signal, who]);

  useEffect(() => {
    void refresh();
    return () => clearTimeout(toastTimer.current);
  }, [refresh]);

  const add = useCallback(async (withReason?: string, restore?: BlacklistEntry[]) => {
    setPressed(true);
    setBusy(true);
    try {
      const added: BlacklistEntry[] = [];
      if (restore?.length) {
        for (const e of restore) added.push((await sendRequest({ type: 'blacklist/add', ...e })).entry);
      } else {
        const orderId = context.orderIds.find((id) => /^\d{3}-\d{7}-\d{7}$/.test(id));
        const { entry } = await sendRequest({
          type: 'blacklist/add', ...who,
          ...(orderId ? { orderId } : {}),
          ...(withReason ? { reason: withReason } : {}),
        });
        added.push(entry);
      }
      setEntries(added);
      emit('blacklist-changed');
      return added;
    } catch (e) {
      setPressed(false);
      showToast({ kind: 'error', text: t('threadBlacklistFailed', 'Could not change the blacklist: $1', [e instanceof Error ? e.message : String(e)]) });
      return undefined;
    } finally {
      setBusy(false);
    }
  }, [context, showToast, who]);

  const remove = useCallback(async (list: BlacklistEntry[]) => {
    setPressed(false);
    setBusy(true);
    try {
      for (const e of list) await sendRequest({ type: 'blacklist/remove', id: e.id });
      setEntries([]);
      emit('blacklist-changed');
      return true;
    } catch (e) {
      setPressed(true);
      showToast({ kind: 'error', text: t('threadBlacklistFailed', 'Could not change the blacklist: $1', [e instanceof Error ? e.message : String(e)]) });
      return false;
    } finally {
      setBusy(false);
    }
  }, [showToast]);

  const onToggle = async () => {
    if (busy || entries === undefined) return;
    setReasonOpen(false);
    if (!pressed) {
      const added = await add();
      if (added) {
        showToast({
          kind: 'added', text: t('threadBlacklisted', '$1 is blacklisted: no review requests.', [name]),
          undo: async () => { await remove(added); },
        });
      }
    } else {
      const removed = entries;
      if (await remove(removed)) {
        showToast({
          kind: 'removed', text: t('threadUnblacklisted', '$1 is off the blacklist.', [name]),
          undo: async () => { await add(undefined, removed); },
        });
      }
    }
  };

  const saveReason = async () => {
    const text = reason.trim().slice(0, 500);
    const entry = entries?.[0];
    setReasonOpen(false);
    if (!entry || !text) return;
    try {
      const { entry: saved } = await sendRequest({ type: 'blacklist/add', ...entry, reason: text });
      setEntries((list) => [saved, ...(list ?? []).slice(1)]);
      showToast({ kind: 'added', text: t('threadReasonSaved', 'Reason saved.') });
    } catch (e) {
      showToast({ kind: 'error', text: t('threadBlacklistFailed', 'Could not change the blacklist: $1', [e instanceof Error ? e.message : String(e)]) });
    }
  };

  const current = entries?.[0];
  const title = pressed
    // the reason is a private note: never in an attribute (the page reads attributes; our closed shadow root keeps the text in)
    ? t('threadBlacklistOnTitle', 'Blacklisted$1: left out of review requests. Click to remove.', [''])
    : t('threadBlacklistOffTitle', 'Keep this buyer out of review requests');

  return (
    <span className="wrap">
      <button type="button" className={`toggle ${pressed ? 'on' : ''}`} aria-pressed={pressed} disabled={entries === undefined}
        data-busy={busy || undefined} title={title} onClick={trusted(() => void onToggle())}>
        <BanIcon /> {pressed ? t('threadBlacklistOn', 'Blacklisted') : t('threadBlacklistOff', 'Blacklist')}
      </button>
      {pressed && (
        <button type="button" className="reason-btn" aria-expanded={reasonOpen} aria-haspopup="dialog"
          title={t('threadReasonTitle', 'Add or change the reason')} onClick={() => { setReason(current?.reason ?? ''); setReasonOpen((o) => !o); }}>
          {current?.reason ? <span className="reason-text">{current.reason}</span> : t('threadAddReason', '+ reason')}
        </button>
      )}
      {reasonOpen && (
        <div className="popover" role="dialog" aria-label={t('threadReasonLabel', 'Reason (optional)')}
          onKeyDown={(e) => { if (e.key === 'Escape') setReasonOpen(false); }}>
          <label>
            <span className="label">{t('threadReasonLabel', 'Reason (optional)')}</span>
            <input autoFocus maxLength={500} value={reason} placeholder={t('threadReasonPlaceholder', 'e.g. negative feedback, A-to-z claim')}
              onChange={(e) => setReason(e.target.value)} onKeyDown={trusted((e) => { if (e.key === 'Enter') void saveReason(); })} />
          </label>
          <div className="actions">
            <button type="button" className="plain" onClick={() => setReasonOpen(false)}>{t('threadCancel', 'Cancel')}</button>
            <button type="button" className="primary" onClick={trusted(() => void saveReason())}>{t('threadSave', 'Save')}</button>
          </div>
        </div>
      )}
      {toast && (
        <div className={`toast ${toast.kind}`} role="status" data-si-toast={toast.kind}>
          <span>{toast.text}</span>
          {toast.undo && (
            <button type="button" className="undo" onClick={trusted(() => { const u = toast.undo; showToast(null); void u?.(); })}>{t('threadUndo', 'Undo')}</button>
          )}
          <button type="button" className="close" aria-label={t('threadDismiss', 'Dismiss')} onClick={() => showToast(null)}>×</button>
        </div>
      )}
    </span>
  );
}

const BanIcon = () => (
  <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
    <line x1="3.5" y1="12.5" x2="12.5" y2="3.5" stroke="currentColor" strokeWidth="2" />
  </svg>
);

export const TOGGLE_CSS = `
html, body { display: inline; margin: 0; padding: 0; }
* { box-sizing: border-box; }
.wrap { position: relative; margin-left: 8px; vertical-align: middle; display: inline-flex; align-items: center; gap: 4px; font: 12px/1.3 var(--si-font); }
.toggle { display: inline-flex; align-items: center; gap: 4px; border: 1px solid #cbd5e1; background: #fff; color: #334155; border-radius: 999px;
  padding: 2px 10px; font: inherit; font-weight: 600; cursor: pointer; }
.toggle:hover { border-color: #94a3b8; background: #f8fafc; }
.toggle.on { background: #b91c1c; border-color: #b91c1c; color: #fff; }
.toggle.on:hover { background: #991b1b; }
.toggle:disabled { opacity: .6; cursor: default; }
.toggle[data-busy] { opacity: .85; }
.reason-btn { border: 0; background: transparent; color: #64748b; font: inherit; cursor: pointer; padding: 2px 4px; border-radius: 4px; max-width: 220px; }
.reason-btn:hover { background: #f1f5f9; color: #0f172a; }
.reason-text { display: inline-block; max-width: 200px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; vertical-align: bottom; font-style: italic; }
.popover { position: absolute; top: calc(100% + 6px); left: 0; z-index: 2147483000; width: 280px; background: #fff; border: 1px solid #e2e8f0;
  border-radius: 8px; box-shadow: 0 10px 28px rgba(15, 23, 42, .18); padding: 10px; display: flex; flex-direction: column; gap: 8px; }
.popover .label { display: block; font-size: 11px; font-weight: 700; color: #475569; margin-bottom: 4px; }
.popover input { width: 100%; font: inherit; padding: 5px 7px; border: 1px solid #cbd5e1; border-radius: 6px; }
.actions { display: flex; justify-content: flex-end; gap: 6px; }
.plain, .primary { font: inherit; border-radius: 6px; padding: 3px 10px; cursor: pointer; border: 1px solid #cbd5e1; background: #fff; }
.primary { background: #0f766e; border-color: #0f766e; color: #fff; }
.toast { position: fixed; left: 16px; bottom: 16px; z-index: 2147483000; display: flex; align-items: center; gap: 10px; max-width: 460px;
  padding: 9px 12px; border-radius: 8px; background: #111827; color: #f9fafb; box-shadow: 0 10px 28px rgba(0, 0, 0, .25); font-size: 12.5px; }
.toast.error { background: #7f1d1d; }
.undo { border: 0; background: transparent; color: #5eead4; font: inherit; font-weight: 700; cursor: pointer; text-transform: uppercase; letter-spacing: .03em; }
.close { border: 0; background: transparent; color: #9ca3af; font-size: 16px; cursor: pointer; line-height: 1; }
`;
