/**
 * Runs one page action request in the work tab and says how it went (the reply the driver validates): the request
 * checked (parsePageActionRun), the page checked for sign-in and captcha before anything else, then the action.
 */
import { parsePageActionRun, type PageActionReply } from '../../lib/protocol/page-actions';
import { detectPage } from '../../lib/seller-central/pages';
import { SELECTORS } from '../../lib/seller-central/session';
import { PAGE_ACTION_REGISTRY } from './registry';
import { PageBlocked, type PageAction } from './types';

/** A sign-in or verification page (by its URL, or a sign-in form on the page): background work must stop. */
export function signedOutKind(doc: Document): 'signed-out' | 'captcha' | undefined {
  const page = detectPage(doc.URL);
  if (page.kind === 'captcha') return 'captcha';
  if (page.kind === 'signin' || doc.querySelector(SELECTORS.signInForm)) return 'signed-out';
  return undefined;
}

export async function runPageActionHere(doc: Document, message: unknown, signal: AbortSignal): Promise<PageActionReply> {
  const parsed = parsePageActionRun(message);
  if (!parsed.ok) return { type: 'page-action/reply', ok: false, blocked: 'error', detail: parsed.error };
  const out = signedOutKind(doc);
  if (out) return { type: 'page-action/reply', ok: false, blocked: out, detail: `${out} page: ${new URL(doc.URL).pathname}` };
  const action = PAGE_ACTION_REGISTRY[parsed.run.name] as PageAction<typeof parsed.run.name>;
  try {
    const answer = await action.run(doc, parsed.run.args, signal);
    return { type: 'page-action/reply', ok: true, answer };
  } catch (e) {
    // the page turned into a sign-in page meanwhile: that, rather than what the action missed
    const late = signedOutKind(doc);
    if (late) return { type: 'page-action/reply', ok: false, blocked: late, detail: `${late} page: ${new URL(doc.URL).pathname}` };
    if (e instanceof PageBlocked) return { type: 'page-action/reply', ok: false, blocked: e.blocked, detail: e.detail };
    return { type: 'page-action/reply', ok: false, blocked: 'error', detail: `${parsed.run.name}: ${e instanceof Error ? e.message : String(e)}` };
  }
}
