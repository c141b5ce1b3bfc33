/** Keyboard: is the user typing (then single-key shortcuts stay quiet)? Looks through shadow roots. */

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date',
  'datetime-local', 'month', 'time', 'week']);

interface ElementLike {
  nodeType?: number;
  tagName?: string;
  isContentEditable?: boolean;
  getAttribute?(name: string): string | null;
}

/** True for an element that takes typed text: text inputs, textareas, selects, contenteditable, role=textbox. */
export function isTypingElement(node: unknown): boolean {
  const el = node as ElementLike | null;
  if (!el || el.nodeType !== 1 || !el.tagName) return false;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return TEXT_INPUT_TYPES.has((el.getAttribute?.('type') ?? '').toLowerCase());
  if (el.isContentEditable) return true;
  const editable = el.getAttribute?.('contenteditable');
  if (editable !== null && editable !== undefined && editable !== 'false') return true;
  return el.getAttribute?.('role') === 'textbox';
}

/** True when the event's composed path (shadow roots included) passes through a typing element. */
export const isTyping = (path: readonly unknown[]): boolean => path.some(isTypingElement);
