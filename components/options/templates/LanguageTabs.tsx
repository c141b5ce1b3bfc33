/**
 * One tab per message language (the UI kit's tab styles and keyboard pattern), each with a dot when that
 * language's body needs attention: hollow when empty, red for syntax errors or a blocked message, amber
 * for warnings. The dot's meaning is in the tab's accessible name too.
 */
import { useRef, type KeyboardEvent } from 'react';
import { LANGUAGES, type Language } from '../../../lib/model';
import { useT } from '../../i18n';
import type { BodyState } from './analysis';
import { useLanguageName } from './labels';

export interface LanguageTabsProps {
  value: Language;
  onChange: (l: Language) => void;
  states: Readonly<Record<Language, BodyState>>;
  idPrefix: string;
}

export function LanguageTabs({ value, onChange, states, idPrefix }: LanguageTabsProps) {
  const t = useT();
  const name = useLanguageName();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const last = LANGUAGES.length - 1;
    const next = e.key === 'ArrowRight' ? (i === last ? 0 : i + 1) : e.key === 'ArrowLeft' ? (i === 0 ? last : i - 1)
      : e.key === 'Home' ? 0 : e.key === 'End' ? last : -1;
    const lang = LANGUAGES[next];
    if (next < 0 || !lang) return;
    e.preventDefault();
    onChange(lang);
    refs.current[next]?.focus();
  };
  return (
    <div className="si-tabs tpl-langtabs" role="tablist" aria-label={t('tplLanguages')}>
      {LANGUAGES.map((l, i) => {
        const state = states[l];
        const dot = state === 'ok' ? undefined : state;
        return (
          <button key={l} ref={(el) => { refs.current[i] = el; }} type="button" role="tab" className="si-tab tpl-langtab"
            id={`${idPrefix}-tab-${l}`} aria-controls={`${idPrefix}-panel`} aria-selected={l === value} tabIndex={l === value ? 0 : -1}
            onClick={() => onChange(l)} onKeyDown={(e) => onKeyDown(e, i)} data-si={`tpl-tab-${l}`} data-state={state}>
            <span aria-hidden="true">{l.toUpperCase()}</span>
            <span className="tpl-langtab__name">{name(l)}</span>
            {dot && <span className={`tpl-dot tpl-dot--${dot}`} aria-hidden="true" title={t(`tplState_${dot}`)} />}
            {dot && <span className="si-visually-hidden">{`, ${t(`tplState_${dot}`)}`}</span>}
          </button>
        );
      })}
    </div>
  );
}
