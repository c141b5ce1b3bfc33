/**
 * Standard base64 with its padding, in whole groups of 4 (atob throws on "A" or "AB="). Checked with a flat
 * character class and the length, not a grouped regex: a grouped one overflows the stack on a 10 MB file.
 */
const CHARS = /^[A-Za-z0-9+/]*(?:==?)?$/;

export const isStrictBase64 = (s: string): boolean => s.length % 4 === 0 && CHARS.test(s);

/** Standard base64 to bytes (atob exists in service workers, pages and Node). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Bytes to standard base64, in chunks (a spread of 10 MB would overflow the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let bin = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}
