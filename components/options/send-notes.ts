/**
 * A send's notes and log reasons as the seller reads them: `replaced:buyer_name:punctuation` (a buyer value
 * left out of an unattended message, lib/templates/buyer-values.ts) in words; other notes (policy rule ids,
 * missing variables) as they are.
 */
import { parseReplacedNote, type NameProblem } from '../../lib/templates';
import type { Translate } from '../i18n';

const PROBLEM_KEYS: Record<NameProblem, string> = {
  'too-long': 'nameProblemTooLong',
  'too-many-words': 'nameProblemTooManyWords',
  'line-break': 'nameProblemLineBreak',
  digits: 'nameProblemDigits',
  punctuation: 'nameProblemPunctuation',
  symbols: 'nameProblemSymbols',
  'mixed-scripts': 'nameProblemMixedScripts',
};

export function noteText(t: Translate, note: string): string {
  const r = parseReplacedNote(note);
  return r ? t('noteReplacedName', t(PROBLEM_KEYS[r.reason])) : note;
}

/** notes in words; the two buyer-name variables left out for one reason are said once */
export const notesText = (t: Translate, notes: readonly string[]): string[] =>
  [...new Set(notes.filter(Boolean).map((n) => noteText(t, n)))];

/** a log reason (words separated by blanks) with its notes in words */
export const reasonText = (t: Translate, reason: string): string => notesText(t, reason.split(' ')).join(' ');
