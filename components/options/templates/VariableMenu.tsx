/**
 * "Insert variable": a menu of the documented variables (lib/templates VARIABLES) with their descriptions
 * and examples. Choosing one hands `{{name}}` to `onInsert` (the body editor puts it at the caret).
 * Keyboard: arrows move, Enter inserts, Escape closes.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { VARIABLES } from '../../../lib/templates';
import { useT } from '../../i18n';
import { buttonClass, Icon } from '../../ui';

/** The {{#items}} section, for orders with several products. */
export const ITEMS_SNIPPET = '{{#items}}\n- {{quantity}} x {{title}}\n{{/items}}';

interface Entry { key: string; token: string; description: string; example: string }

export function VariableMenu({ onInsert }: { onInsert: (token: string) => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const describe = (name: string, fallback: string) => {
    const key = `tplVar_${name}`;
    const s = t(key);
    return s === key ? fallback : s;
  };
  const entries: Entry[] = [
    ...VARIABLES.map((v) => ({ key: v.name, token: `{{${v.name}}}`, description: describe(v.name, v.description), example: v.example })),
    { key: 'items', token: ITEMS_SNIPPET, description: t('tplVarItems'), example: '1 x Bamboo cutting board' },
  ];

  useEffect(() => {
    if (!open) return;
    listRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [open, active]);
  useEffect(() => {
    if (!open) return;
    listRef.current?.focus();
    const onDown = (e: MouseEvent) => {
      const root = listRef.current?.parentElement;
      if (root && !root.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const choose = (i: number) => {
    const e = entries[i];
    setOpen(false);
    if (e) onInsert(e.token);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => (a + 1) % entries.length);
    else if (e.key === 'ArrowUp') setActive((a) => (a - 1 + entries.length) % entries.length);
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(entries.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') choose(active);
    else if (e.key === 'Escape' || e.key === 'Tab') { setOpen(false); buttonRef.current?.focus(); }
    else return;
    e.preventDefault();
  };

  return (
    <div className="tpl-varmenu">
      <button ref={buttonRef} type="button" className={buttonClass('default', 'sm')} aria-haspopup="listbox" aria-expanded={open} aria-controls={open ? id : undefined}
        onClick={() => { setActive(0); setOpen(!open); }} data-si="tpl-insert-variable">
        <Icon name="plus" />{t('tplInsertVariable')}
      </button>
      {open && (
        <ul ref={listRef} id={id} role="listbox" tabIndex={-1} className="tpl-varmenu__list" aria-label={t('tplInsertVariable')}
          aria-activedescendant={`${id}-${active}`} onKeyDown={onKeyDown}>
          {entries.map((e, i) => (
            <li key={e.key} id={`${id}-${i}`} data-index={i} role="option" aria-selected={i === active}
              className="tpl-varmenu__item" onMouseEnter={() => setActive(i)} onMouseDown={(ev) => ev.preventDefault()} onClick={() => choose(i)}>
              <code className="si-mono">{e.key === 'items' ? '{{#items}}…{{/items}}' : e.token}</code>
              <span className="tpl-varmenu__desc">{e.description}</span>
              <span className="tpl-varmenu__example">{t('tplVarExample', e.example)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
