// @vitest-environment happy-dom
/** Our own badge or chip added to a page cell is told apart without walking up from the cell. */
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

import { isOwnMutation } from '../../components/features/inbox-shared/inbox-source';

const nodes = (...n: Node[]) => n as unknown as NodeList;

describe('isOwnMutation', () => {
  it('our node added to a page cell: true, without asking the cell for its ancestors', () => {
    const cell = document.createElement('div');
    document.body.append(cell);
    const ours = document.createElement('span');
    ours.setAttribute('data-si', 'deadline');
    const closest = vi.spyOn(cell, 'closest');
    expect(isOwnMutation({ type: 'childList', target: cell, addedNodes: nodes(ours), removedNodes: nodes() })).toBe(true);
    expect(closest).not.toHaveBeenCalled();
  });

  it('the same answers as before for the page\'s changes and changes inside our nodes', () => {
    const cell = document.createElement('div');
    const ours = document.createElement('span');
    ours.setAttribute('data-si', 'deadline');
    const inner = document.createElement('b');
    ours.append(inner);
    cell.append(ours);
    document.body.append(cell);
    const page = document.createElement('div');
    const rec = (over: Partial<MutationRecord>) => ({ type: 'childList' as const, target: cell, addedNodes: nodes(), removedNodes: nodes(), ...over });
    expect(isOwnMutation(rec({ addedNodes: nodes(ours, page) }))).toBe(false);
    expect(isOwnMutation(rec({ removedNodes: nodes(page) }))).toBe(false);
    expect(isOwnMutation(rec({ target: ours, addedNodes: nodes(page) }))).toBe(true);
    expect(isOwnMutation(rec({ addedNodes: nodes(inner) }))).toBe(true);
    expect(isOwnMutation({ ...rec({}), type: 'attributes' })).toBe(false);
    expect(isOwnMutation({ ...rec({ target: inner }), type: 'characterData' })).toBe(true);
    expect(isOwnMutation(rec({}))).toBe(true);
  });
});
