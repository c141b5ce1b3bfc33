/**
 * Toasts: `const toast = useToast(); toast.show({ text, action: { label: 'Undo', run } })`.
 * Announced politely to screen readers; each stays `duration` ms (default 6 s; paused while hovered or focused).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Button, IconButton } from './Button';

export interface ToastOptions {
  text: string;
  tone?: 'default' | 'error';
  action?: { label: string; run: () => void };
  duration?: number;
}
interface ToastItem extends ToastOptions { id: number }

export interface ToastApi { show(options: ToastOptions): number; dismiss(id: number): void }

const ToastContext = createContext<ToastApi | null>(null);

export function ToastProvider({ children, closeLabel }: { children: ReactNode; closeLabel: string }) {
  const [items, setItems] = useState<ToastItem[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setItems((xs) => xs.filter((x) => x.id !== id)), []);
  const show = useCallback((options: ToastOptions) => {
    const id = nextId.current++;
    setItems((xs) => [...xs.slice(-2), { ...options, id }]);
    return id;
  }, []);
  const api = useMemo(() => ({ show, dismiss }), [show, dismiss]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="si-toasts" role="status" aria-live="polite">
        {items.map((item) => <Toast key={item.id} item={item} onClose={() => dismiss(item.id)} closeLabel={closeLabel} />)}
      </div>
    </ToastContext.Provider>
  );
}

function Toast({ item, onClose, closeLabel }: { item: ToastItem; onClose: () => void; closeLabel: string }) {
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused) return;
    const timer = setTimeout(onClose, item.duration ?? 6000);
    return () => clearTimeout(timer);
  }, [paused, item.duration, onClose]);
  return (
    <div className={`si-toast ${item.tone === 'error' ? 'si-toast--error' : ''}`} data-si="toast"
      onMouseEnter={() => setPaused(true)} onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)} onBlur={() => setPaused(false)}>
      <span className="si-toast__text">{item.text}</span>
      {item.action && (
        <Button size="sm" onClick={() => { item.action?.run(); onClose(); }}>{item.action.label}</Button>
      )}
      <IconButton icon="close" label={closeLabel} size="sm" onClick={onClose} />
    </div>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast() outside <ToastProvider>');
  return api;
}
