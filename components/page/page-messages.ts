/**
 * The page UI's end of the popup's messages (lib/protocol/page-messages.ts): "what was read here" and
 * "save a page sample". Only this extension's own pages may ask (not a content script, not a page,
 * not another extension); every request is validated; bad ones get an error answer saying why.
 * Free of extension APIs (page-messages-listener.ts wires it to runtime.onMessage).
 */
import { parsePageRequest, type PageCheckAnswer, type SaveSampleAnswer } from '../../lib/protocol/page-messages';
import { errorResponse, type ErrorResponse } from '../../lib/protocol/define';
import { getPageChecks } from './page-check';
import type { NoticeProblem } from './notice';

export interface PageMessageDeps {
  problems(): readonly NoticeProblem[];
  /** a promise when the sample code must load first (the page UI's on-demand part) */
  saveSample(pageKind: string): SaveSampleAnswer | Promise<SaveSampleAnswer>;
  extensionId(): string | undefined;
}

interface SenderLike { id?: string; tab?: unknown }

/** One message from the popup; undefined for messages that are not ours to answer. Pure but for deps. */
export function answerPageMessage(message: unknown, sender: SenderLike, deps: PageMessageDeps): PageCheckAnswer | SaveSampleAnswer | ErrorResponse | Promise<SaveSampleAnswer | ErrorResponse> | undefined {
  const type = (message as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !type.startsWith('page/')) return undefined;
  const id = deps.extensionId();
  if (!id || sender.id !== id || sender.tab !== undefined) return errorResponse('forbidden', 'only the extension\'s own pages may ask the page UI');
  const parsed = parsePageRequest(message);
  if (!parsed.ok) return errorResponse(parsed.code, parsed.error);
  const { pageKind, checks } = getPageChecks();
  if (parsed.request.type === 'page/check') {
    return { pageKind, checks: checks.map((c) => ({ ...c, parts: { ...c.parts } })), problems: deps.problems().map((p) => ({ ...p })) };
  }
  const failed = (e: unknown): ErrorResponse => errorResponse('internal', `the page sample could not be saved: ${e instanceof Error ? e.message : String(e)}`);
  try {
    const saved = deps.saveSample(pageKind ?? 'page');
    return saved instanceof Promise ? saved.catch(failed) : saved;
  } catch (e) {
    return failed(e);
  }
}
