import { clearlyNot, isLatin } from '../language';
import { finding } from '../phrases';
import type { Finding, Rule } from '../types';

// runs of CJK text (Han, kana, CJK punctuation, full-width forms) with the spaces between them
const CJK_RUN = /[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff9f]+(?:\s*[\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff9f]+)*/g;
const KANA = /[\u3040-\u30ff\uff66-\uff9f]/;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** Characters common in Chinese and absent (or nearly) from Japanese writing. */
const ZH_ONLY = /[们这么给发货谢经换让说时过为对东请您吗吧呢还亲哪个样买卖单问题质量评价联系觉认识过边较]/;

export const languageMismatch: Rule = {
  id: 'language-mismatch',
  check(text, _ctx, a) {
    const out: Finding[] = [];
    const expected = a.expected;
    // 1. Chinese (and other CJK) fragments
    CJK_RUN.lastIndex = 0;
    for (let m = CJK_RUN.exec(a.norm); m; m = CJK_RUN.exec(a.norm)) {
      const run = m[0];
      if (!HAN.test(run) && !KANA.test(run)) continue; // only punctuation or full-width forms
      const s = m.index, e = m.index + run.length;
      if (expected === 'ja') {
        // Chinese inside Japanese: a clause without kana, written with Chinese-only characters
        for (const clause of run.matchAll(/[^\u3001\u3002\uff0c\uff01\uff1f\u300c\u300d（）()]+/g)) {
          const c = clause[0];
          if (!KANA.test(c) && c.length >= 3 && ZH_ONLY.test(c)) {
            const cs = s + (clause.index ?? 0);
            out.push(finding(a, this.id, 'block', cs, cs + c.length, 'langChineseInJapanese'));
          }
        }
        continue;
      }
      if (KANA.test(run)) {
        if (!a.language.lang.startsWith('ja')) out.push(finding(a, this.id, 'warn', s, e, expected ? 'langJapanese' : 'langJapaneseAny', expected ? [expected] : undefined));
        continue;
      }
      out.push(finding(a, this.id, 'block', s, e, 'langChinese'));
    }
    if (out.length > 0) return out;
    // 2. the whole message in another language
    if (!expected) return out;
    const g = a.language;
    const start = text.length - text.trimStart().length, end = text.trimEnd().length;
    if (expected === 'ja') {
      if (g.kana === 0 && g.han === 0) {
        const other = (['en', 'de', 'fr', 'it', 'es'] as const).find((l) => g.scores[l] >= 3);
        if (other) out.push(finding(a, this.id, 'warn', start, end, 'langLooks', [other, 'ja']));
      }
    } else if (isLatin(expected)) {
      if (g.lang === 'ja') out.push(finding(a, this.id, 'warn', start, end, 'langLooks', ['ja', expected]));
      const other = clearlyNot(g, expected);
      if (other) out.push(finding(a, this.id, 'warn', start, end, 'langLooks', [other, expected]));
    } else if (g.scores.en >= 4 && g.scores.en >= 3 * Math.max(g.scores.de, g.scores.fr, g.scores.it, g.scores.es)) {
      out.push(finding(a, this.id, 'warn', start, end, 'langLooksEnglish', [expected]));
    }
    return out;
  },
};
