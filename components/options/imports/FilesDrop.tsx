/**
 * Drop one or more report files here, or choose them (a real <input type=file multiple> behind a
 * keyboard-reachable label). Same look as the UI kit's FileDrop, which takes one file only.
 */
import { useId, useState, type DragEvent, type ReactNode } from 'react';
import { Icon } from '../../ui';

export function FilesDrop({ title, hint, compact, onFiles }: { title: ReactNode; hint?: ReactNode; compact?: boolean; onFiles: (files: File[]) => void }) {
  const id = useId();
  const [active, setActive] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setActive(false);
    const files = [...e.dataTransfer.files];
    if (files.length) onFiles(files);
  };
  return (
    <label htmlFor={id} className={`si-drop imp-drop ${compact ? 'imp-drop--compact' : ''} ${active ? 'si-drop--active' : ''}`} data-si="imports-drop"
      onDragOver={(e) => { e.preventDefault(); setActive(true); }} onDragLeave={() => setActive(false)} onDrop={onDrop}>
      <span className="imp-drop__icon"><Icon name="upload" size={20} /></span>
      <span className="si-drop__title">{title}</span>
      {hint && <span className="si-field__hint">{hint}</span>}
      <input id={id} type="file" multiple accept=".txt,.tsv,.csv,text/plain,text/tab-separated-values" className="si-visually-hidden"
        data-si="imports-file-input"
        onChange={(e) => { const fs = [...(e.currentTarget.files ?? [])]; if (fs.length) onFiles(fs); e.currentTarget.value = ''; }} />
    </label>
  );
}
