/**
 * The client side of the protocol, for content scripts, the popup and the options page.
 *   const { threads } = await sendRequest({ type: 'threads/list', accountId });
 * Resolves with the typed response; throws
 *   - ExtensionContextInvalidatedError when the extension was reloaded or updated under an open page
 *     (the page must be reloaded: show a "reload" hint),
 *   - RequestFailedError with the background's error code otherwise.
 */
import browser from 'webextension-polyfill';
import { isErrorResponse, type ErrorCode } from '../lib/protocol/define';
import type { RequestInput, RequestType, ResponseOf } from '../lib/protocol/messages';

export class ExtensionContextInvalidatedError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('Seller Inbox was updated or reloaded. Reload this page to continue.', options);
    this.name = 'ExtensionContextInvalidatedError';
  }
}

export class RequestFailedError extends Error {
  constructor(readonly code: ErrorCode | 'no-response', message: string, readonly requestType: string) {
    super(message);
    this.name = 'RequestFailedError';
  }
}

const INVALIDATED = /extension context invalidated|receiving end does not exist|message port closed/i;

/** The minimal runtime surface used here (injectable for tests). */
export interface RuntimeLike {
  readonly id?: string | undefined;
  sendMessage(message: unknown): Promise<unknown>;
}

const defaultRuntime = (): RuntimeLike => browser.runtime;

export function isContextInvalidated(e: unknown, runtime: Pick<RuntimeLike, 'id'> | undefined): boolean {
  if (!runtime?.id) return true;
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return INVALIDATED.test(message);
}

export async function sendRequest<T extends RequestType>(
  request: RequestInput<T>,
  runtime: RuntimeLike | undefined = safeRuntime(),
): Promise<ResponseOf<T>> {
  if (!runtime?.id) throw new ExtensionContextInvalidatedError();
  let response: unknown;
  try {
    response = await runtime.sendMessage(request);
  } catch (e) {
    if (isContextInvalidated(e, runtime)) throw new ExtensionContextInvalidatedError({ cause: e });
    throw new RequestFailedError('internal', e instanceof Error ? e.message : String(e), request.type);
  }
  if (isErrorResponse(response)) throw new RequestFailedError(response.error.code, response.error.message, request.type);
  if (response === undefined) {
    // the background did not answer: it is restarting or the extension is going away
    if (!runtime.id) throw new ExtensionContextInvalidatedError();
    throw new RequestFailedError('no-response', `no response to ${request.type}`, request.type);
  }
  return response as ResponseOf<T>;
}

/** Reading browser.runtime itself throws in some browsers once the context is gone. */
function safeRuntime(): RuntimeLike | undefined {
  try {
    return defaultRuntime();
  } catch {
    return undefined;
  }
}
