/**
 * Keyboard shortcuts as the settings store them (`n`, `Alt+T`, `Ctrl+Shift+K`; see SHORTCUT_RE in
 * lib/db/settings-schema.ts): from a key event, and matching a key event. The key comes from
 * `event.code` (the physical key), so Alt+T on a Mac (which types "†") and a Chinese IME still match.
 */
import { SHORTCUT_RE } from '../../lib/db/settings-schema';

export interface KeyLike {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

const PUNCT: Readonly<Record<string, string>> = {
  BracketLeft: '[', BracketRight: ']', Semicolon: ';', Quote: "'", Comma: ',', Period: '.', Slash: '/',
  Backquote: '`', Equal: '=', Minus: '-', Backslash: '\\',
};

/** The key part for a physical key code: `t`, `5`, `F2`, `/`; undefined for modifiers and other keys. */
function keyOf(code: string): string | undefined {
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter) return letter[1]!.toLowerCase();
  const digit = /^(?:Digit|Numpad)([0-9])$/.exec(code);
  if (digit) return digit[1];
  if (/^F(?:[1-9]|1[0-2])$/.test(code)) return code;
  return PUNCT[code];
}

/** The shortcut a key press makes, or undefined (a lone modifier, Shift+letter alone, Tab, Escape…). */
export function shortcutFromEvent(e: KeyLike): string | undefined {
  const key = keyOf(e.code);
  if (!key) return undefined;
  const mods = [e.ctrlKey && 'Ctrl', e.altKey && 'Alt', e.shiftKey && 'Shift', e.metaKey && 'Meta'].filter(Boolean) as string[];
  const shortcut = mods.length ? `${mods.join('+')}+${key.toUpperCase()}` : key;
  return SHORTCUT_RE.test(shortcut) ? shortcut : undefined;
}

export const isShortcut = (s: string): boolean => SHORTCUT_RE.test(s);

/** True when the event is exactly this shortcut (no extra modifier). */
export function matchesShortcut(e: KeyLike, shortcut: string): boolean {
  return shortcutFromEvent(e) === shortcut;
}

/** True when the shortcut holds Ctrl, Alt or Meta (safe to use while typing in a text box). */
export const hasCommandModifier = (shortcut: string): boolean => /(?:^|\+)(?:Ctrl|Alt|Meta)\+/.test(shortcut);

/** For display: `Alt+T` -> ['Alt', 'T']; on a Mac Alt is ⌥ and Meta ⌘. */
export function shortcutParts(shortcut: string, mac = false): string[] {
  const parts = shortcut.split(/\+(?!$)/);
  return mac ? parts.map((p) => (p === 'Alt' ? '⌥' : p === 'Meta' ? '⌘' : p === 'Ctrl' ? '⌃' : p === 'Shift' ? '⇧' : p)) : parts;
}
