/**
 * `useKatShadow(tag)`: a kat-* element's OPEN shadow root once the element is upgraded (kat-* are defined
 * late), so a page can portal its real, React-controlled <input>/<textarea>/<select> into it, as Katal does.
 */
import { useCallback, useState } from 'react';

export function useKatShadow(tag: string): [(node: HTMLElement | null) => void, ShadowRoot | null] {
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  const ref = useCallback((node: HTMLElement | null) => {
    if (!node) return;
    if (node.shadowRoot) setRoot(node.shadowRoot);
    else void customElements.whenDefined(tag).then(() => setRoot(node.shadowRoot));
  }, [tag]);
  return [ref, root];
}
