/**
 * Turns the bytes of a downloaded report into text. Seller Central serves UTF-8 today; older files and
 * some marketplaces use Shift_JIS (JP) or ISO-8859-1 / windows-1252 (EU). A spreadsheet may have saved
 * UTF-16. Choice by validity: BOM, then UTF-8 (also when a few sequences are damaged among many good
 * ones, as in a file cut off in the middle of a character: those lines are reported, the rest is read),
 * then Shift_JIS when the bytes read as Japanese, else windows-1252 (which decodes any byte).
 */
import { marketplaceByCode, marketplaceById } from '../marketplaces';

export type ReportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'windows-1252';

export interface DecodedReport {
  text: string;
  encoding: ReportEncoding;
  /** 1-based lines holding bytes that are not valid in `encoding` (replaced by U+FFFD in `text`) */
  damagedLines?: number[];
}

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

interface Utf8Scan {
  multibyte: number;
  invalid: number[];
  /** the data ends inside a sequence that was valid so far (a file cut off in the middle of a character) */
  cutAtEnd: boolean;
}

/** Valid multi-byte UTF-8 sequences, and the offsets of invalid ones (overlong, surrogate, cut short). */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const out: Utf8Scan = { multibyte: 0, invalid: [], cutAtEnd: false };
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok && len === 3) {
      const b1 = bytes[i + 1]!;
      ok = !(b === 0xe0 && b1 < 0xa0) && !(b === 0xed && b1 >= 0xa0);
    } else if (ok && len === 4) {
      const b1 = bytes[i + 1]!;
      ok = !(b === 0xf0 && b1 < 0x90) && !(b === 0xf4 && b1 >= 0x90);
    }
    if (ok) {
      out.multibyte++;
      i += len;
    } else {
      out.invalid.push(i);
      if (len > 0 && i + len > bytes.length && bytes.subarray(i + 1).every((c) => (c & 0xc0) === 0x80)) {
        out.cutAtEnd = true;
        break;
      }
      i++;
    }
  }
  return out;
}

/**
 * Damage to UTF-8 text, not another encoding: the invalid sequences are few next to the valid ones
 * (windows-1252 text has almost no valid multi-byte sequences; every accented letter is an invalid one).
 */
const damagedUtf8 = (scan: Utf8Scan): boolean =>
  (scan.cutAtEnd && scan.invalid.length === 1) || (scan.multibyte >= 1 && scan.invalid.length * 10 <= scan.multibyte);

/** 1-based line of each byte offset (LF, CRLF or CR line ends). */
function linesOf(bytes: Uint8Array, offsets: readonly number[]): number[] {
  const lines = new Set<number>();
  let line = 1;
  let pos = 0;
  for (const off of offsets) {
    for (; pos < off; pos++) {
      const b = bytes[pos];
      if (b === 0x0a || (b === 0x0d && bytes[pos + 1] !== 0x0a)) line++;
    }
    lines.add(line);
  }
  return [...lines];
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
  const scan = scanUtf8(bytes);
  if (damagedUtf8(scan)) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', damagedLines: linesOf(bytes, scan.invalid) };
  }

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
