/** Renders children into an open shadow root of a custom-element host (like Amazon's micro-frontends). */
import { useCallback, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export function ShadowHost({ tag, id, css, children }: {
  tag: 'bsm-reply-composer' | 'msg-composer-v2'; id?: string; css: string; children: ReactNode;
}) {
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  const ref = useCallback((node: HTMLElement | null) => {
    if (node) setRoot(node.shadowRoot ?? node.attachShadow({ mode: 'open' }));
  }, []);
  const Tag = tag;
  return (
    <Tag ref={ref} id={id}>
      {root && createPortal(<><style>{css}</style>{children}</>, root)}
    </Tag>
  );
}
