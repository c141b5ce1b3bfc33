/** Tabs with roving focus (arrow keys, Home, End) as the WAI-ARIA tabs pattern. */
import { useRef, type KeyboardEvent } from 'react';

export interface TabItem { id: string; label: string }

export interface TabsProps {
  tabs: readonly TabItem[];
  value: string;
  onChange: (id: string) => void;
  label: string;
  /** id prefix for tab/panel ids: the panel uses `${idPrefix}-panel-${id}` */
  idPrefix?: string;
}

export function Tabs({ tabs, value, onChange, label, idPrefix = 'si-tabs' }: TabsProps) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent, i: number) => {
    const last = tabs.length - 1;
    const next = e.key === 'ArrowRight' ? (i === last ? 0 : i + 1) : e.key === 'ArrowLeft' ? (i === 0 ? last : i - 1)
      : e.key === 'Home' ? 0 : e.key === 'End' ? last : -1;
    if (next < 0) return;
    e.preventDefault();
    const tab = tabs[next];
    if (tab) { onChange(tab.id); refs.current[next]?.focus(); }
  };
  return (
    <div className="si-tabs" role="tablist" aria-label={label}>
      {tabs.map((tab, i) => (
        <button key={tab.id} ref={(el) => { refs.current[i] = el; }} type="button" role="tab" className="si-tab"
          id={`${idPrefix}-tab-${tab.id}`} aria-controls={`${idPrefix}-panel-${tab.id}`}
          aria-selected={tab.id === value} tabIndex={tab.id === value ? 0 : -1}
          onClick={() => onChange(tab.id)} onKeyDown={(e) => onKeyDown(e, i)}>
          {tab.label}
        </button>
      ))}
    </div>
  );
}
