/**
 * Renders children into an open shadow root of a custom-element host (like Amazon's micro-frontends).
 * `shadow={false}` (the 'no-shadow-dom' variant) renders them as light-DOM children of the host instead.
 */
import { useCallback, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export type ShadowHostTag = 'bsm-reply-composer' | 'msg-composer-v2' | 'bsm-inbox-frame' | 'bsm-thread-frame' | 'bsm-row-host';

export function ShadowHost({ tag, id, css, shadow = true, children }: {
  tag: ShadowHostTag; id?: string; css: string; shadow?: boolean; children: ReactNode;
}) {
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  const ref = useCallback((node: HTMLElement | null) => {
    if (node && shadow) setRoot(node.shadowRoot ?? node.attachShadow({ mode: 'open' }));
  }, [shadow]);
  const Tag = tag;
  if (!shadow) {
    return <Tag id={id}><style>{css.replace(/:host\b/g, tag)}</style>{children}</Tag>;
  }
  return (
    <Tag ref={ref} id={id}>
      {root && createPortal(<><style>{css}</style>{children}</>, root)}
    </Tag>
  );
}
