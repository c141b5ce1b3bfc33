/**
 * Attachments cross the runtime messaging boundary as base64 (Chrome serialises messages as JSON, so a
 * Blob or ArrayBuffer would arrive empty); the background decodes them back into a Blob.
 */
import { MAX_ATTACHMENT_BYTES } from '../../../lib/templates/import-export';

export { MAX_ATTACHMENT_BYTES };

export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}

export async function fileToUpload(file: File): Promise<{ name: string; type: string; base64: string }> {
  return { name: file.name, type: file.type, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}

/** 1 KB = 1024 bytes, one decimal under 10. */
export function formatSize(bytes: number): string {
  const units = ['B', 'KB', 'MB'];
  let n = bytes;
  let u = 0;
  while (n >= 1024 && u < units.length - 1) { n /= 1024; u++; }
  return `${u === 0 || n >= 10 ? Math.round(n) : n.toFixed(1)} ${units[u]}`;
}
