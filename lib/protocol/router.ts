/**
 * The background's message router, free of browser APIs so it is unit-tested:
 * sender check -> validation -> handler -> response. Never throws, never rejects:
 * every failure becomes an ErrorResponse.
 */
import type * as v from 'valibot';
import { MESSAGES, type RequestOf, type RequestType, type ResponseOf } from './messages';
import { errorResponse, HandlerError, type ErrorCode, type ErrorResponse } from './define';
import { parseWith } from './parse';

/** The fields of runtime.MessageSender the router looks at. */
export interface SenderLike { id?: string; url?: string; tab?: { id?: number }; frameId?: number }

export interface HandlerContext { sender: SenderLike }

export type Handler<T extends RequestType> = (
  request: RequestOf<T>,
  ctx: HandlerContext,
) => Promise<ResponseOf<T>> | ResponseOf<T>;

/** One handler per message type: a missing handler is a type error. */
export type Handlers = { [T in RequestType]: Handler<T> };

export interface Route {
  schema: v.GenericSchema;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route has its own request type
  handle: (request: any, ctx: HandlerContext) => unknown;
}
export type Registry = Readonly<Record<string, Route>>;

/** Pairs every message schema with its handler: the registry the router dispatches on. */
export function createRegistry(handlers: Handlers): Registry {
  const out: Record<string, Route> = {};
  for (const type of Object.keys(MESSAGES) as RequestType[]) {
    out[type] = { schema: MESSAGES[type].schema, handle: handlers[type] };
  }
  return out;
}

export interface RouterOptions {
  /** this extension's id (browser.runtime.id); read on every message */
  extensionId: () => string | undefined;
  warn?: (message: string) => void;
  /** codes thrown by errors the router should pass through (e.g. StorageError.code) */
  errorCodeOf?: (e: unknown) => ErrorCode | undefined;
}

export type Router = (message: unknown, sender: SenderLike) => Promise<unknown>;

/** Messages count only when they come from this extension (its pages or its content scripts). */
export function isOwnSender(sender: SenderLike | undefined, extensionId: string | undefined): boolean {
  return !!extensionId && !!sender && sender.id === extensionId;
}

const typeOf = (m: unknown): string =>
  typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string'
    ? String((m as { type: string }).type).slice(0, 60)
    : '?';

export function createRouter(registry: Registry, options: RouterOptions): Router {
  const warn = options.warn ?? ((m: string) => console.warn(m));
  const reject = (code: ErrorCode, message: string): ErrorResponse => {
    warn(`[seller-inbox] rejected message: ${message}`);
    return errorResponse(code, message);
  };

  return async (message, sender) => {
    if (!isOwnSender(sender, options.extensionId())) {
      return reject('forbidden', `sender ${sender?.id ?? '(none)'} is not this extension (type ${typeOf(message)})`);
    }
    const parsed = parseWith<{ type: string }>(registry, message);
    if (!parsed.ok) return reject(parsed.code, parsed.error);
    const route = registry[parsed.request.type];
    if (!route) return reject('unknown-type', `no handler for ${parsed.request.type}`);
    try {
      return await route.handle(parsed.request, { sender });
    } catch (e) {
      const code: ErrorCode = e instanceof HandlerError ? e.code : (options.errorCodeOf?.(e) ?? 'internal');
      const text = e instanceof Error ? e.message : String(e);
      warn(`[seller-inbox] ${parsed.request.type} failed (${code}): ${text}`);
      return errorResponse(code, text);
    }
  };
}
