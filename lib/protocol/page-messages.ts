/**
 * Messages from the popup to the page UI of one Seller Central tab (tabs.sendMessage; the background's
 * protocol, messages.ts, is for the other direction). Both ends validate: the page UI the request
 * (parsePageRequest, and only from this extension's own pages), the popup the answer
 * (parsePageAnswer). Nothing here leaves the browser: the sample is saved by the page UI as a download.
 *   'page/check'        -> what the page UI read on this page view (components/page/page-check.ts)
 *   'page/save-sample'  -> the page UI saves a page sample (a file download) and says its file name
 */
import * as v from 'valibot';
import { message } from './define';
import { formatIssues, parseWith, type ParseResult } from './parse-with';

const Name = v.pipe(v.string(), v.maxLength(100));

export const PageCheckEntrySchema = v.object({
  id: Name,
  layout: Name,
  items: v.pipe(v.number(), v.integer(), v.minValue(0)),
  parts: v.pipe(v.record(Name, v.boolean()), v.check((p) => Object.keys(p).length <= 50, 'at most 50 parts')),
});

export const PageCheckAnswerSchema = v.object({
  /** the page kind of the tab's page view (inbox, thread, other ...), null before the first */
  pageKind: v.nullable(Name),
  checks: v.pipe(v.array(PageCheckEntrySchema), v.maxLength(50)),
  /** features paused on this page view, by feature id, with what they could not find */
  problems: v.pipe(v.array(v.object({ featureId: Name, message: v.pipe(v.string(), v.maxLength(2000)) })), v.maxLength(50)),
});
export type PageCheckAnswer = v.InferOutput<typeof PageCheckAnswerSchema>;

export const SaveSampleAnswerSchema = v.object({
  fileName: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  elements: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type SaveSampleAnswer = v.InferOutput<typeof SaveSampleAnswerSchema>;

export const PAGE_MESSAGES = {
  'page/check': message<PageCheckAnswer>()(v.object({})),
  'page/save-sample': message<SaveSampleAnswer>()(v.object({})),
};

export type PageRequestType = keyof typeof PAGE_MESSAGES;
export type PageRequest = { type: PageRequestType };
export type PageAnswerOf<T extends PageRequestType> = NonNullable<(typeof PAGE_MESSAGES)[T]['_response']>;

export const parsePageRequest = (x: unknown): ParseResult<PageRequest> => parseWith<PageRequest>(PAGE_MESSAGES, x);

const ANSWERS = { 'page/check': PageCheckAnswerSchema, 'page/save-sample': SaveSampleAnswerSchema } as const;

/** The page UI's answer checked against its schema; an error answer or a bad shape says what is wrong. */
export function parsePageAnswer<T extends PageRequestType>(type: T, x: unknown): { ok: true; answer: PageAnswerOf<T> } | { ok: false; error: string } {
  if (typeof x === 'object' && x !== null && 'error' in x) {
    const e = (x as { error: unknown }).error;
    const text = typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string' ? (e as { message: string }).message : 'error';
    return { ok: false, error: `${type}: ${text}` };
  }
  const r = v.safeParse(ANSWERS[type], x);
  if (!r.success) return { ok: false, error: `${type} answer: ${formatIssues(r.issues)}` };
  return { ok: true, answer: r.output as PageAnswerOf<T> };
}
