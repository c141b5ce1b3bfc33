/**
 * Turns the bytes of a downloaded report into text. Seller Central serves UTF-8 today; older files and
 * some marketplaces use Shift_JIS (JP) or ISO-8859-1 / windows-1252 (EU). A spreadsheet may have saved
 * UTF-16. Choice by validity: BOM, then strict UTF-8, then Shift_JIS when the bytes read as Japanese,
 * else windows-1252 (which decodes any byte).
 */
import { marketplaceByCode, marketplaceById } from '../marketplaces';

export type ReportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'windows-1252';

export interface DecodedReport { text: string; encoding: ReportEncoding }

const tryDecode = (encoding: string, bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

/** UTF-16 without BOM: ASCII text has a zero byte in every other position. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Japanese text is full of kana; Latin-1 text read as Shift_JIS yields stray kanji and no kana. */
function readsAsJapanese(text: string): boolean {
  let kana = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if ((c >= 0x3041 && c <= 0x30ff) || c === 0x3001 || c === 0x3002) kana++;
    else other++;
  }
  return kana > 0 && kana >= (kana + other) * 0.2;
}

const isJapanMarketplace = (m?: string): boolean =>
  !!m && (marketplaceByCode(m)?.code === 'JP' || marketplaceById(m)?.code === 'JP');

export function decodeReport(bytes: Uint8Array, hint?: { marketplace?: string }): DecodedReport {
  const [b0, b1, b2] = [bytes[0], bytes[1], bytes[2]];
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (b0 === 0xfe && b1 === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };

  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };

  const sjis = tryDecode('shift_jis', bytes);
  if (sjis !== undefined && (isJapanMarketplace(hint?.marketplace) || readsAsJapanese(sjis))) {
    return { text: sjis, encoding: 'shift_jis' };
  }
  // 'iso-8859-1' is an alias of windows-1252 in the Encoding Standard; it maps every byte.
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
}

/** NUL bytes or many control characters in the first 64 KB: not a text report. */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) controls++;
  }
  return controls > Math.max(2, n * 0.01);
}
