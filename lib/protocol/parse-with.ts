/**
 * Validation of messages against a table of definitions: never throws, says which field is wrong. Apart from
 * parse.ts (the background's table, MESSAGES) so that the page UI's own small table (page-messages.ts) does not
 * pull every message schema of the protocol into the page UI.
 */
import * as v from 'valibot';
import type { MessageDef } from './define';

export type ParseResult<R> =
  | { ok: true; request: R }
  | { ok: false; code: 'invalid-request' | 'unknown-type'; error: string };

const MAX_ISSUES = 3;

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  return typeof x === 'string' ? `"${x.slice(0, 60)}"` : typeof x;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(message)';
}

/** `threads[0].status: Invalid type: ...; accountId: ...` */
export function formatIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const shown = issues.slice(0, MAX_ISSUES).map((i) => `${pathOf(i)}: ${i.message}`);
  const more = issues.length > MAX_ISSUES ? ` (+${issues.length - MAX_ISSUES} more)` : '';
  return shown.join('; ') + more;
}

/** Validates `x` against a table of message definitions keyed by `type`. */
export function parseWith<R extends { type: string }>(
  defs: Readonly<Record<string, Pick<MessageDef, 'schema'>>>,
  x: unknown,
): ParseResult<R> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) {
    return { ok: false, code: 'invalid-request', error: `message must be an object, got ${describe(x)}` };
  }
  const type = (x as { type?: unknown }).type;
  if (typeof type !== 'string') {
    return { ok: false, code: 'invalid-request', error: `type: expected a string, got ${describe(type)}` };
  }
  const def = Object.hasOwn(defs, type) ? defs[type] : undefined;
  if (!def) return { ok: false, code: 'unknown-type', error: `unknown message type ${describe(type)}` };
  const r = v.safeParse(def.schema, x);
  if (!r.success) return { ok: false, code: 'invalid-request', error: `${type}: ${formatIssues(r.issues)}` };
  return { ok: true, request: { ...(r.output as object), type } as R };
}

