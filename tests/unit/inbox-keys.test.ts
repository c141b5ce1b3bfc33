/** The Next shortcut stays quiet while the seller types, also inside shadow roots. */
import { Window } from 'happy-dom';
import { isTyping, isTypingElement } from '../../components/features/inbox-shared/keys';
import { matchesShortcut } from '../../components/ui/shortcut';

const doc = new Window().document as unknown as Document;
/** `<tag a="b">` -> an element with those attributes */
const el = (html: string): Element => {
  const [, tag = 'div', rest = ''] = /^<([a-z]+)([^>]*)>/.exec(html) ?? [];
  const e = doc.createElement(tag);
  for (const m of rest.matchAll(/([a-z-]+)="([^"]*)"/g)) e.setAttribute(m[1] as string, m[2] as string);
  return e;
};

describe('typing targets', () => {
  it('knows text boxes from buttons and checkboxes', () => {
    expect(isTypingElement(el('<input>'))).toBe(true);
    expect(isTypingElement(el('<input type="search">'))).toBe(true);
    expect(isTypingElement(el('<textarea></textarea>'))).toBe(true);
    expect(isTypingElement(el('<select></select>'))).toBe(true);
    expect(isTypingElement(el('<div contenteditable="true"></div>'))).toBe(true);
    expect(isTypingElement(el('<div contenteditable=""></div>'))).toBe(true);
    expect(isTypingElement(el('<div role="textbox"></div>'))).toBe(true);
    expect(isTypingElement(el('<input type="checkbox">'))).toBe(false);
    expect(isTypingElement(el('<button>n</button>'))).toBe(false);
    expect(isTypingElement(el('<div contenteditable="false"></div>'))).toBe(false);
    expect(isTypingElement(doc)).toBe(false);
    expect(isTypingElement(null)).toBe(false);
  });

  it('looks through the composed path (a textarea inside a shadow root)', () => {
    const host = doc.createElement('bsm-reply-composer');
    const shadow = host.attachShadow({ mode: 'open' });
    const textarea = doc.createElement('textarea');
    shadow.append(textarea);
    expect(isTyping([textarea, shadow, host, doc.body, doc])).toBe(true);
    expect(isTyping([doc.body, doc])).toBe(false);
  });
});

describe('the shortcut', () => {
  const key = (code: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'shiftKey' | 'metaKey', boolean>> = {}) =>
    ({ key: '', code, altKey: false, ctrlKey: false, shiftKey: false, metaKey: false, ...mods });
  it('matches the plain key only, by physical key', () => {
    expect(matchesShortcut(key('KeyN'), 'n')).toBe(true);
    expect(matchesShortcut(key('KeyN', { ctrlKey: true }), 'n')).toBe(false);
    expect(matchesShortcut(key('KeyN', { shiftKey: true }), 'n')).toBe(false);
    expect(matchesShortcut(key('KeyJ'), 'n')).toBe(false);
    expect(matchesShortcut(key('KeyN', { altKey: true }), 'Alt+N')).toBe(true);
  });
});
