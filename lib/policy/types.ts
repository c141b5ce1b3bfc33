/** Shared types of the message policy checker (lib/policy). Pure data, no DOM. */
import type { Marketplace } from '../marketplaces';

export type MessageKind = 'reply' | 'proactive' | 'review-request';
export type Severity = 'warn' | 'block';
export type Verdict = 'ok' | Severity;

export interface PolicyContext {
  kind: MessageKind;
  /** marketplace code ('DE', 'UK'/'GB') or marketplace id ('A1PA6795UKMFR9') */
  marketplace?: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** character offsets into the checked text (UTF-16 code units, end exclusive) */
  start: number;
  end: number;
  /**
   * what was found, as a code the UI words through the catalog (`polFind_<code>`, components/i18n/policy-text.ts),
   * with its values (a retail domain; language codes, which the UI names with `polLang_<code>`)
   */
  code: string;
  values?: string[];
}

export interface PolicyResult { verdict: Verdict; findings: Finding[] }

/** Languages the detector tells apart. */
export type DetectedLanguage = 'en' | 'de' | 'fr' | 'it' | 'es' | 'ja' | 'zh' | 'unknown';

export interface LanguageGuess {
  lang: DetectedLanguage;
  /** stop-word hits per Latin language */
  scores: Record<'en' | 'de' | 'fr' | 'it' | 'es', number>;
  kana: number;
  han: number;
  latinWords: number;
}

/** A message prepared once and shared by every rule. */
export interface Analysed {
  text: string;
  /** case-, accent- and width-folded text; rules match phrases here */
  norm: string;
  /** for each norm index: the original [start, end) that produced it */
  starts: Int32Array;
  ends: Int32Array;
  /** sentence spans in norm coordinates */
  sentences: ReadonlyArray<readonly [number, number]>;
  language: LanguageGuess;
  marketplace?: Marketplace;
  /** the marketplace's language, when known */
  expected?: string;
}

export interface Rule {
  /** also the catalog key of what Amazon forbids and why: `polExplain_<id with _ for ->` */
  id: string;
  check(text: string, ctx: PolicyContext, a: Analysed): Finding[];
}
