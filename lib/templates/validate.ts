/**
 * Template syntax check: mustache parse errors and unknown variables, each with line and column.
 */
import Mustache from 'mustache';
import { lineColumn } from './position';
import { SECTION_FIELDS, VARIABLE_NAMES } from './variables';

/**
 * `code` and `values`: what is wrong, for the UI to word through its catalog (`tplErr_<code>` with the values as $1,
 * $2: components/i18n/template-text.ts); `message`: the same in English, for files and logs.
 */
export interface TemplateError { line: number; column: number; offset: number; message: string; code: TemplateErrorCode; values: string[] }

export type TemplateErrorCode = 'partial' | 'delimiters' | 'tooDeep' | 'nestedSelf' | 'unsupportedTag' | 'unknownVariable'
  | 'unknownVariableHint' | 'unclosedTag' | 'unclosedSection' | 'unopenedSection' | 'syntax';

type Token = [string, string, number, number, Token[]?, number?];

const atOffset = /\bat (\d+)\s*$/;

export function validateTemplate(body: string): TemplateError[] {
  let tokens: Token[];
  try {
    tokens = Mustache.parse(body) as unknown as Token[];
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const m = atOffset.exec(raw);
    const message = raw.replace(atOffset, '').trim();
    const offset = errorOffset(body, message, m ? Number(m[1]) : body.length);
    return [{ ...lineColumn(body, offset), offset, ...humanize(message) }];
  }
  const errors: TemplateError[] = [];
  walk(tokens, body, [], errors);
  return errors;
}

function walk(tokens: Token[], body: string, scopes: string[], errors: TemplateError[]): void {
  for (const [type, value, start, , children] of tokens) {
    const err = ([message, code, values]: Described) => errors.push({ ...lineColumn(body, start), offset: start, message, code, values });
    switch (type) {
      case 'text': case '!': case '/': break;
      case '>': err([`Partials ({{> ${value}}}) are not supported.`, 'partial', [value]]); break;
      case '=': err(['Changing delimiters is not supported.', 'delimiters', []]); break;
      case 'name': case '&':
        if (!known(value, scopes)) err(unknownMessage(value));
        break;
      case '#': case '^':
        if (scopes.length >= MAX_DEPTH) { err([`Sections nest too deeply (at most ${MAX_DEPTH} levels).`, 'tooDeep', [String(MAX_DEPTH)]]); break; }
        if (SECTION_FIELDS[value]) {
          // a list section inside itself repeats its content items^levels times
          if (scopes.includes(value)) { err([`{{#${value}}} cannot be nested inside another {{#${value}}} section.`, 'nestedSelf', [value]]); break; }
          // an inverted list section renders only when the list is empty: its item fields never have a value there
          walk(children ?? [], body, type === '#' ? [...scopes, value] : [...scopes, INVERTED], errors);
        } else if (VARIABLE_NAMES.has(value)) walk(children ?? [], body, [...scopes, NESTED], errors);
        else { err(unknownMessage(value)); walk(children ?? [], body, [...scopes, NESTED], errors); }
        break;
      default: err([`Unsupported tag "${type}".`, 'unsupportedTag', [type]]);
    }
  }
}

/** Mustache reports where its scanner stopped; point at the tag the seller has to fix instead. */
function errorOffset(body: string, message: string, reported: number): number {
  if (message === 'Unclosed tag') {
    const open = body.lastIndexOf('{{', Math.max(0, reported - 1));
    return open >= 0 ? open : reported;
  }
  const section = /^Unclosed section "(.+)"$/.exec(message);
  if (section?.[1]) {
    const open = new RegExp(`\\{\\{\\s*[#^]\\s*${section[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\}\\}`).exec(body);
    if (open) return open.index;
  }
  return reported;
}

const MAX_DEPTH = 8;
const INVERTED = '^';
const NESTED = '#';

function known(name: string, scopes: string[]): boolean {
  if (VARIABLE_NAMES.has(name)) return true;
  return scopes.some((s) => SECTION_FIELDS[s]?.includes(name));
}

/** [English message, code, values] */
type Described = [string, TemplateErrorCode, string[]];

function unknownMessage(name: string): Described {
  const close = [...VARIABLE_NAMES].find((v) => v.replace(/_/g, '') === name.toLowerCase().replace(/[_\s-]/g, ''));
  return close
    ? [`Unknown variable "{{${name}}}". Did you mean {{${close}}}?`, 'unknownVariableHint', [name, close]]
    : [`Unknown variable "{{${name}}}".`, 'unknownVariable', [name]];
}

function humanize(message: string): { message: string; code: TemplateErrorCode; values: string[] } {
  if (message === 'Unclosed tag') return { message: 'A tag is opened with {{ but never closed with }}.', code: 'unclosedTag', values: [] };
  const closed = /^Unclosed section "(.+)"$/.exec(message);
  if (closed?.[1]) return { message: `Section {{#${closed[1]}}} is never closed with {{/${closed[1]}}}.`, code: 'unclosedSection', values: [closed[1]] };
  const opened = /^Unopened section "(.+)"$/.exec(message);
  if (opened?.[1]) return { message: `Section {{/${opened[1]}}} closes a section that was never opened.`, code: 'unopenedSection', values: [opened[1]] };
  return { message, code: 'syntax', values: [message] };
}
