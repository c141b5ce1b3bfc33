/**
 * The picker's keyboard, as a pure state machine (the component only renders it):
 * - browse: ↑/↓ (PageUp/PageDown by a page) move through the list, Enter asks to insert the active
 *   template, Esc closes the picker;
 * - confirm (a warning or missing values wait for a yes): Enter confirms, Esc goes back to browsing,
 *   ↑/↓ move on (and drop the question).
 * Typing changes the query; new results put the first one active.
 */

export type PickerPhase = 'browse' | 'confirm';

export interface PickerKeyState {
  phase: PickerPhase;
  /** index of the active result; -1 when there is none */
  active: number;
  count: number;
}

export type PickerEffect = 'request-insert' | 'confirm-insert' | 'close' | null;

export interface PickerKeyResult {
  state: PickerKeyState;
  effect: PickerEffect;
  /** the key was ours: preventDefault */
  handled: boolean;
}

export const PAGE = 8;

export const initialKeyState = (count: number): PickerKeyState => ({ phase: 'browse', active: count > 0 ? 0 : -1, count });

/** New results (the query changed, or the list loaded): the first one is active again. */
export const withResults = (count: number): PickerKeyState => initialKeyState(count);

function move(s: PickerKeyState, delta: number, wrap: boolean): PickerKeyState {
  if (s.count === 0) return { ...s, phase: 'browse', active: -1 };
  let next = s.active + delta;
  if (wrap) next = ((next % s.count) + s.count) % s.count;
  else next = Math.max(0, Math.min(s.count - 1, next));
  return { ...s, phase: 'browse', active: next };
}

export function pickerKey(s: PickerKeyState, key: string): PickerKeyResult {
  const result = (state: PickerKeyState, effect: PickerEffect = null): PickerKeyResult => ({ state, effect, handled: true });
  switch (key) {
    case 'ArrowDown': return result(move(s, 1, true));
    case 'ArrowUp': return result(move(s, -1, true));
    case 'PageDown': return result(move(s, PAGE, false));
    case 'PageUp': return result(move(s, -PAGE, false));
    case 'Enter':
      if (s.active < 0) return result(s);
      return s.phase === 'confirm' ? result({ ...s, phase: 'browse' }, 'confirm-insert') : result(s, 'request-insert');
    case 'Escape':
      return s.phase === 'confirm' ? result({ ...s, phase: 'browse' }) : result(s, 'close');
    default:
      return { state: s, effect: null, handled: false };
  }
}

/** Clicking a row: that row is active (a pending question is dropped). */
export const pointTo = (s: PickerKeyState, index: number): PickerKeyState =>
  index >= 0 && index < s.count ? { ...s, phase: 'browse', active: index } : s;
