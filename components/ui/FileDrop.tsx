/**
 * Drop a file here or choose one (a real <input type=file> behind a keyboard-reachable label).
 * Reads nothing itself: hands the File to `onFile`.
 */
import { useId, useState, type DragEvent, type ReactNode } from 'react';
import { Icon } from './icons';

export interface FileDropProps {
  title: ReactNode;
  hint?: ReactNode;
  accept?: string;
  onFile: (file: File) => void;
  'data-si'?: string;
}

export function FileDrop({ title, hint, accept, onFile, ...rest }: FileDropProps) {
  const id = useId();
  const [active, setActive] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setActive(false);
    const file = e.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <label htmlFor={id} className={`si-drop ${active ? 'si-drop--active' : ''}`} data-si={rest['data-si']}
      onDragOver={(e) => { e.preventDefault(); setActive(true); }} onDragLeave={() => setActive(false)} onDrop={onDrop}>
      <Icon name="upload" size={20} />
      <span className="si-drop__title">{title}</span>
      {hint && <span className="si-field__hint">{hint}</span>}
      <input id={id} type="file" accept={accept} className="si-visually-hidden"
        onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) onFile(f); e.currentTarget.value = ''; }} />
    </label>
  );
}
