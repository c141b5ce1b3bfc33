/**
 * Folding for phrase matching: lower case, accents stripped, full-width ASCII to ASCII, typographic
 * quotes and dashes to ASCII. Keeps a map from every folded character back to the original span so
 * findings can highlight the seller's own text.
 */
export interface Folded { norm: string; starts: Int32Array; ends: Int32Array }

const cache = new Map<string, string>();

const SPECIAL: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u00b4': "'", '\u0060': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ', '\u3000': ' ', '\u00df': 'ss', '\u2026': '...',
};

function foldChar(ch: string): string {
  let out = cache.get(ch);
  if (out !== undefined) return out;
  const code = ch.charCodeAt(0);
  if (SPECIAL[ch] !== undefined) out = SPECIAL[ch];
  else if (code >= 0xff01 && code <= 0xff5e) out = String.fromCharCode(code - 0xfee0).toLowerCase();
  else {
    out = ch.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    // keep kana voicing marks: NFD splits が into か + U+3099; recompose those
    if (out !== ch && /[\u3099\u309a]/.test(out)) out = out.normalize('NFC');
  }
  if (cache.size < 4096) cache.set(ch, out);
  return out;
}

export function fold(text: string): Folded {
  const n = text.length;
  let norm = '';
  const starts = new Int32Array(n * 2 + 1);
  const ends = new Int32Array(n * 2 + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      norm += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
      starts[k] = i; ends[k] = i + 1; k++;
      continue;
    }
    // surrogate pairs (emoji and rare Han) pass through untouched
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
      norm += text.slice(i, i + 2);
      starts[k] = i; ends[k] = i + 2; k++;
      starts[k] = i; ends[k] = i + 2; k++;
      i++;
      continue;
    }
    const out = foldChar(text.charAt(i));
    for (let j = 0; j < out.length; j++) { starts[k] = i; ends[k] = i + 1; k++; }
    norm += out;
  }
  starts[k] = n; ends[k] = n;
  return { norm, starts: starts.subarray(0, k + 1), ends: ends.subarray(0, k + 1) };
}
