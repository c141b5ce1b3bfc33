/**
 * One language's body: a textarea, the variable menu (inserts at the caret) and the syntax errors with
 * line and column, live. Clicking an error puts the caret where it is.
 */
import { useLayoutEffect, useRef } from 'react';
import type { TemplateError } from '../../../lib/templates';
import { useT } from '../../i18n';
import { VariableMenu } from './VariableMenu';
import { templateErrorText } from '../../i18n/template-text';

export interface BodyEditorProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors: readonly TemplateError[];
}

export function BodyEditor({ id, label, value, onChange, errors }: BodyEditorProps) {
  const t = useT();
  const ref = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<[number, number] | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !caret.current) return;
    el.focus();
    el.setSelectionRange(...caret.current);
    caret.current = null;
  });

  const insert = (token: string) => {
    const el = ref.current;
    const start = el?.selectionStart ?? value.length;
    const end = el?.selectionEnd ?? start;
    onChange(value.slice(0, start) + token + value.slice(end));
    caret.current = [start + token.length, start + token.length];
  };
  // no re-render follows a click on an error: set the selection now and leave no pending caret behind
  const goTo = (offset: number) => {
    ref.current?.focus();
    ref.current?.setSelectionRange(offset, offset);
  };
  const errorsId = `${id}-errors`;

  return (
    <div className="tpl-body">
      <div className="tpl-body__bar">
        <label htmlFor={id} className="si-field__label">{label}</label>
        <span className="si-spacer" />
        <VariableMenu onInsert={insert} />
      </div>
      <textarea ref={ref} id={id} className="tpl-textarea" value={value} spellCheck rows={14}
        aria-invalid={errors.length > 0 || undefined} aria-describedby={errorsId}
        onChange={(e) => onChange(e.target.value)} data-si="tpl-body" />
      <div id={errorsId} aria-live="polite">
        {errors.length > 0 && (
          <ul className="tpl-errors" data-si="tpl-syntax-errors">
            {errors.map((e) => (
              <li key={`${e.offset}-${e.message}`}>
                <button type="button" className="tpl-errors__at" onClick={() => goTo(e.offset)}>{t('tplLineColumn', e.line, e.column)}</button>
                {' '}{templateErrorText((k, subs) => t(k, ...subs), e)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
