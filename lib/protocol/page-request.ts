/**
 * The popup's requests to the page UI (page-messages.ts) read without valibot: they are a `type` and nothing else,
 * and this runs in the page UI's start part on every Seller Central page, where valibot would add 3 KB gzip. The
 * errors say what parseWith (parse-with.ts) says for the same input.
 */
import type { ParseResult } from './parse-with';

export const PAGE_REQUEST_TYPES = ['page/check', 'page/save-sample'] as const;
export type PageRequestType = (typeof PAGE_REQUEST_TYPES)[number];
export type PageRequest = { type: PageRequestType };

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  return typeof x === 'string' ? `"${x.slice(0, 60)}"` : typeof x;
}

/** A page request (its other fields dropped), or what is wrong with the message. */
export function parsePageRequest(x: unknown): ParseResult<PageRequest> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) {
    return { ok: false, code: 'invalid-request', error: `message must be an object, got ${describe(x)}` };
  }
  const type = (x as { type?: unknown }).type;
  if (typeof type !== 'string') return { ok: false, code: 'invalid-request', error: `type: expected a string, got ${describe(type)}` };
  if (!(PAGE_REQUEST_TYPES as readonly string[]).includes(type)) return { ok: false, code: 'unknown-type', error: `unknown message type ${describe(type)}` };
  return { ok: true, request: { type: type as PageRequestType } };
}
