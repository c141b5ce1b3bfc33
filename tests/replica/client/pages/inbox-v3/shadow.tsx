/**
 * Shadow-root and timing helpers of the inbox v3 page: `useKatShadow` (../../kat-shadow.ts) gives a kat-*
 * element's OPEN shadow root (its real <input>/<textarea>/<select> is then portalled into it, React-controlled);
 * `ClosedShadowHost` renders children into a CLOSED shadow root (`v3-closed-shadow`: page scripts cannot reach them).
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export { useKatShadow } from '../../kat-shadow';

const CLOSED_ROOTS = new WeakMap<HTMLElement, ShadowRoot>();

export function ClosedShadowHost({ css, children }: { css: string; children: ReactNode }) {
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  const ref = useCallback((node: HTMLElement | null) => {
    if (!node) return;
    let r = CLOSED_ROOTS.get(node);
    if (!r) {
      r = node.attachShadow({ mode: 'closed' });
      CLOSED_ROOTS.set(node, r);
    }
    setRoot(r);
  }, []);
  return <bsm-case-list ref={ref}>{root && createPortal(<><style>{css}</style>{children}</>, root)}</bsm-case-list>;
}

/** Calls `reload` whenever `version` changes after the first render (data changed elsewhere on the page). */
export function useReloadOn(version: number, reload: () => void): void {
  const first = useRef(version);
  useEffect(() => {
    if (version !== first.current) reload();
  }, [version, reload]);
}

/** `value` after `delayMs` once it is set (`v3-late-list`); `value` itself when `delayMs` is 0. */
export function useLate<T>(value: T | null, delayMs: number): T | null {
  const [late, setLate] = useState<T | null>(null);
  useEffect(() => {
    if (delayMs <= 0 || value === null) return;
    const timer = setTimeout(() => setLate(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return delayMs <= 0 ? value : late === value ? late : null;
}

/** `window.innerWidth`, re-read on resize. */
export function useWindowWidth(): number {
  const [width, setWidth] = useState(window.innerWidth);
  useEffect(() => {
    const onResize = (): void => setWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}
