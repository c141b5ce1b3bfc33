/**
 * Why a template cannot be saved, in the seller's words: the name, a missing text, each syntax error with
 * the language's name, line and column (never the internal path such as `bodies.en`). Pure.
 */
import { LANGUAGES, type Language } from '../../../lib/model';
import { validateTemplate } from '../../../lib/templates';
import type { TemplateDraft } from '../../../lib/templates/import-export';
import type { Translate } from '../../i18n/catalog';
import { templateErrorText } from '../../i18n/template-text';

export interface EditorProblems { name: boolean; list: string[] }

export function editorProblems(t: Translate, langName: (l: Language) => string, d: Pick<TemplateDraft, 'name' | 'bodies'>): EditorProblems {
  const list: string[] = [];
  const name = !d.name.trim();
  if (name) list.push(t('tplProblemName'));
  const filled = LANGUAGES.filter((l) => d.bodies[l]?.trim());
  if (!filled.length) list.push(t('tplProblemNoText'));
  for (const lang of filled) {
    for (const e of validateTemplate(d.bodies[lang] ?? '')) list.push(t('tplProblemSyntax', langName(lang), String(e.line), String(e.column), templateErrorText((k, subs) => t(k, ...subs), e)));
  }
  return { name, list };
}
