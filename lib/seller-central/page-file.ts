/**
 * Handing a file to a Seller Central page's own attachment input, as if the seller had picked it: a File in a
 * DataTransfer set as the input's `files`, then the `input` and `change` events its app listens to. The page shows it
 * in its own attachment list (the seller can remove it there) and sends it with its own request.
 * Used by the Contact Buyer page (contact-buyer-page.ts) and the inbox v3 reply box (case-reply-file.ts).
 */
import { base64ToBytes } from '../base64';
import { queryAllDeep, textOf } from './deep-query';

export interface PageFile { name: string; type: string; base64: string }

/** false when this browser cannot build a file list (no DataTransfer). */
export function putFileInInput(input: HTMLInputElement, file: PageFile): boolean {
  const view = input.ownerDocument.defaultView;
  if (!view?.DataTransfer || !view.File) return false;
  const dt = new view.DataTransfer();
  dt.items.add(new view.File([base64ToBytes(file.base64)], file.name, { type: file.type || 'application/octet-stream' }));
  input.files = dt.files;
  input.dispatchEvent(new view.Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new view.Event('change', { bubbles: true, composed: true }));
  return true;
}

/** The file input of a region (also inside its components' open shadow roots), not one of ours. */
export function fileInputIn(root: ParentNode): HTMLInputElement | null {
  const inputs = queryAllDeep(root, 'input[type=file]').filter((el) => !el.closest('[data-si]'));
  return (inputs[0] as HTMLInputElement | undefined) ?? null;
}

/** Does the region's text show this file name (the page's attachment list)? Our own UI does not count. */
export function showsFileName(root: ParentNode, name: string): boolean {
  const lists = queryAllDeep(root, 'li, [class*="attachment"], [class*="file"]').filter((el) => !el.closest('[data-si]'));
  return lists.some((el) => textOf(el) === name || textOf(el).includes(name));
}
