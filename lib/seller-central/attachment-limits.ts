/**
 * Amazon's limits for a file sent with a buyer message, checked before a file goes onto a Seller Central page
 * (Contact Buyer, the case's reply box). Pure.
 * - Size: up to 10 MB per message in Seller Central (amazon-data.md section 7; seller-central-pages.md: H).
 * - Types: jpg, jpeg, gif, png, pdf, txt, doc, docx, "commonly reported" (amazon-data.md section 7: UNVERIFIED, L).
 *   A file is accepted when its name ends in one of these; its MIME type, when it has one, must not contradict it
 *   (an "invoice.pdf" that says image/png is refused: Amazon's page would see the type).
 */
import { ATTACHMENT_MAX } from '../limits';

export const ATTACHMENT_MAX_BYTES = ATTACHMENT_MAX.bytes;

/** Extension -> the MIME types a browser gives such a file. */
export const ACCEPTED_ATTACHMENT_TYPES: Readonly<Record<string, readonly string[]>> = {
  jpg: ['image/jpeg', 'image/pjpeg'],
  jpeg: ['image/jpeg', 'image/pjpeg'],
  gif: ['image/gif'],
  png: ['image/png'],
  pdf: ['application/pdf'],
  txt: ['text/plain'],
  doc: ['application/msword'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
};

/** For the file picker's `accept` and for messages: ".jpg, .jpeg, …". */
export const ACCEPTED_EXTENSIONS_TEXT = Object.keys(ACCEPTED_ATTACHMENT_TYPES).map((e) => `.${e}`).join(', ');

export interface AttachmentFacts { name: string; type: string; size: number }

export type AttachmentProblem =
  | { kind: 'too-large'; name: string; size: number; max: number }
  | { kind: 'wrong-type'; name: string; type: string }
  | { kind: 'empty'; name: string };

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};

/** Why Amazon would refuse this file, or undefined when it fits. */
export function attachmentProblem(file: AttachmentFacts): AttachmentProblem | undefined {
  if (file.size > ATTACHMENT_MAX_BYTES) return { kind: 'too-large', name: file.name, size: file.size, max: ATTACHMENT_MAX_BYTES };
  if (file.size <= 0) return { kind: 'empty', name: file.name };
  const types = ACCEPTED_ATTACHMENT_TYPES[extensionOf(file.name)];
  const type = file.type.trim().toLowerCase();
  // a browser gives '' or application/octet-stream when it does not know the type: the name decides then
  if (!types || (type && type !== 'application/octet-stream' && !types.includes(type))) return { kind: 'wrong-type', name: file.name, type: file.type };
  return undefined;
}

/** The problem in plain English (logs, the send log's reason); the UI uses its i18n keys. */
export function attachmentProblemText(p: AttachmentProblem): string {
  switch (p.kind) {
    case 'too-large': return `${p.name} is ${(p.size / 1024 / 1024).toFixed(1)} MB: Amazon accepts up to ${p.max / 1024 / 1024} MB per message`;
    case 'wrong-type': return `${p.name}${p.type ? ` (${p.type})` : ''} is not a file type Amazon accepts (${ACCEPTED_EXTENSIONS_TEXT})`;
    case 'empty': return `${p.name} is empty`;
  }
}

/** 1 KB = 1024 bytes, one decimal under 10 ("512 B", "2.5 MB", "11 MB"). */
export function formatFileSize(bytes: number): string {
  const units = ['B', 'KB', 'MB'];
  let n = bytes;
  let u = 0;
  while (n >= 1024 && u < units.length - 1) { n /= 1024; u++; }
  return `${u === 0 || n >= 10 ? Math.round(n) : n.toFixed(1)} ${units[u]}`;
}
