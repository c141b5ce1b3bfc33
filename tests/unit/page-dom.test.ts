// @vitest-environment happy-dom
// The start part's element helper (components/page/dom.ts): attributes as React wrote them, and updates that touch
// only what changed (an element shown again is the same element: focus and listeners stay).
import { describe, expect, it, vi } from 'vitest';
import { h, keyedList, setAttr, setText, syncChildren } from '../../components/page/dom';

describe('page UI DOM helper', () => {
  it('writes attributes as React did: aria/data booleans as text, other booleans present or absent', () => {
    const click = vi.fn();
    const b = h('button', { type: 'button', class: 'next', 'aria-pressed': false, 'data-si-count': 3, disabled: true, title: undefined }, ['Next ', h('kbd', {}, ['N']), false, null], { click });
    expect(b.outerHTML).toBe('<button type="button" class="next" aria-pressed="false" data-si-count="3" disabled="">Next <kbd>N</kbd></button>');
    b.click();
    expect(click).toHaveBeenCalledTimes(0); // disabled
    setAttr(b, 'disabled', false);
    setAttr(b, 'aria-pressed', true);
    b.click();
    expect(click).toHaveBeenCalledTimes(1);
    expect(b.getAttribute('aria-pressed')).toBe('true');
    expect(b.hasAttribute('disabled')).toBe(false);
  });

  it('changes nothing when the value is the same', () => {
    const el = h('span', { title: 'a' }, ['x']);
    const observer = new MutationObserver(() => undefined);
    observer.observe(el, { attributes: true, childList: true, characterData: true, subtree: true });
    setAttr(el, 'title', 'a');
    setText(el, 'x');
    expect(observer.takeRecords()).toHaveLength(0);
    setText(el, 'y');
    expect(observer.takeRecords().length).toBeGreaterThan(0);
    observer.disconnect();
  });

  it('syncChildren shows, hides and orders parts built once, moving only what differs', () => {
    const parent = h('div');
    const [a, b, c] = [h('i', {}, ['a']), h('b', {}, ['b']), h('u', {}, ['c'])];
    syncChildren(parent, [a, false, c]);
    expect(parent.innerHTML).toBe('<i>a</i><u>c</u>');
    document.body.append(parent);
    const button = h('button');
    c.append(button);
    button.focus();
    syncChildren(parent, [a, b, c]);
    expect(parent.innerHTML).toBe('<i>a</i><b>b</b><u>c<button></button></u>');
    expect(document.activeElement, 'the part that stayed in place kept the focus').toBe(button);
    syncChildren(parent, [c]);
    expect(parent.children[0]).toBe(c);
    expect(parent.children).toHaveLength(1);
    parent.remove();
  });

  it('keyedList keeps an element per key, updates it, makes new ones and drops the gone', () => {
    const made = vi.fn((item: { id: string; text: string }) => h('li', {}, [item.text]));
    const lines = keyedList(made, (el, item) => setText(el, item.text));
    const first = lines([{ id: 'a', text: '1' }, { id: 'b', text: '2' }], (i) => i.id);
    const second = lines([{ id: 'b', text: '3' }, { id: 'c', text: '4' }], (i) => i.id);
    expect(made).toHaveBeenCalledTimes(3);
    expect(second[0]).toBe(first[1]);
    expect(second.map((el) => el.textContent)).toEqual(['3', '4']);
  });
});
