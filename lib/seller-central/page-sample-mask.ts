/**
 * The masking rules of a page sample (page-sample.ts), pure: no DOM. Text keeps its shape (word
 * lengths, case, punctuation, the script it is in) and loses its content; order ids, case ids (UUIDs)
 * and e-mail addresses become stable placeholders (the same id twice in a sample is the same
 * placeholder both times, so rows and links stay linked); attribute values keep what the adapters
 * need to tell parts apart (enum-like tokens) and lose everything that reads like a person's data.
 */

export const ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/g;
export const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** the three above in one pass (e-mails first: a relay address contains a case id) */
const IDS = new RegExp(`${EMAIL.source}|${ORDER_ID.source}|${UUID.source}`, 'gi');

const HAN = /[\p{Script=Han}]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /[\p{Script=Hangul}]/u;

/** One character's placeholder: x / X for letters by case, 0 for digits, 字 / カ / 한 for CJK, the rest as is. */
function maskChar(c: string): string {
  if (/\p{Lu}/u.test(c)) return 'X';
  if (/\p{Ll}/u.test(c)) return 'x';
  if (/\p{Nd}/u.test(c)) return '0';
  if (HAN.test(c)) return '字';
  if (KANA.test(c)) return 'カ';
  if (HANGUL.test(c)) return '한';
  if (/\p{L}/u.test(c)) return 'x';
  if (/\p{N}/u.test(c)) return '0';
  return c;
}

/** Stable placeholders for the ids of one sample. */
export class IdMasker {
  private readonly orders = new Map<string, string>();
  private readonly uuids = new Map<string, string>();
  private readonly emails = new Map<string, string>();
  private readonly tokens = new Map<string, string>();

  order(id: string): string {
    return remember(this.orders, id, (n) => `000-0000000-${String(n).padStart(7, '0')}`);
  }

  uuid(id: string): string {
    return remember(this.uuids, id.toLowerCase(), (n) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`);
  }

  email(address: string): string {
    return remember(this.emails, address.toLowerCase(), (n) => `mail${n}@example.invalid`);
  }

  /** a personal value in an attribute (buyer id, name): the same value gets the same placeholder */
  token(value: string): string {
    return remember(this.tokens, value, (n) => `masked-${n}`);
  }

  /** Counts for the header: how many distinct ids were masked. */
  counts(): { orderIds: number; caseIds: number; emails: number; values: number } {
    return { orderIds: this.orders.size, caseIds: this.uuids.size, emails: this.emails.size, values: this.tokens.size };
  }

  /** Replaces every id in `text`; `rest` masks the text between them. */
  replaceIds(text: string, rest: (part: string) => string): string {
    let out = '';
    let last = 0;
    for (const m of text.matchAll(IDS)) {
      const at = m.index;
      out += rest(text.slice(last, at));
      const id = m[0];
      out += id.includes('@') ? this.email(id) : /^\d{3}-\d{7}-\d{7}$/.test(id) ? this.order(id) : this.uuid(id);
      last = at + id.length;
    }
    return out + rest(text.slice(last));
  }
}

function remember(map: Map<string, string>, key: string, make: (n: number) => string): string {
  let value = map.get(key);
  if (value === undefined) {
    value = make(map.size + 1);
    map.set(key, value);
  }
  return value;
}

/** Free text: ids as stable placeholders, everything else by shape. */
export function maskText(text: string, ids: IdMasker): string {
  return ids.replaceIds(text, (part) => Array.from(part, maskChar).join(''));
}

/**
 * A value the page uses as a marker, not as content: `RESPONSE_NEEDED`, `true`, `buyer`, `12`,
 * `ATVPDKIKX0DER`, `T-1001`, `bsm-row`, `responseNeeded`. Words with spaces or a capitalised word
 * ("Jane", "Jane Doe") are not.
 */
export function isMarkerToken(value: string): boolean {
  if (value.length > 64) return false;
  return /^[A-Z0-9][A-Z0-9_:.-]*$/.test(value) // CONSTANT, ids, numbers
    || /^[a-z0-9][a-z0-9_:.-]*$/.test(value) // kebab / snake / lower words
    || /^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(value); // camelCase
}

/** Attribute names whose values are about a person whatever they look like. */
const PERSONAL_NAME = /name|mail|buyer|customer|address|phone|user|seller|merchant|alias|token|csrf|session|account/i;

/**
 * A data-* / aria-* (or other marker) attribute's value: ids as placeholders; a marker token kept
 * unless the attribute names a person's data; anything else (free text, names) masked by shape.
 */
export function maskAttributeValue(name: string, value: string, ids: IdMasker): string {
  const replaced = ids.replaceIds(value, (part) => part);
  if (replaced !== value) return ids.replaceIds(value, (part) => (isMarkerToken(part) || !/\p{L}/u.test(part) ? part : maskText(part, ids)));
  if (value === '') return value;
  if (PERSONAL_NAME.test(name)) return ids.token(value);
  if (isMarkerToken(value) && !/\d{7,}/.test(value)) return value;
  // space-separated id lists (aria-labelledby, aria-controls) keep their tokens
  if (/^[\w:.-]+(?:\s+[\w:.-]+)+$/.test(value) && value.split(/\s+/).every(isMarkerToken)) return value;
  return maskText(value, ids);
}

/**
 * A link: the path only (host dropped), every query value masked (names kept), the fragment like a
 * path; path segments that are not lower-case words (ids, names) masked.
 */
export function maskHref(href: string, ids: IdMasker, base = 'https://sellercentral.amazon.com/'): string {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return '#';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '#';
  // lower-case words (Amazon's paths and hash routes) stay; ids, long numbers and anything else are masked
  const segment = (s: string): string => {
    const decoded = safeDecode(s);
    const plain = /^[a-z0-9._~-]*$/.test(decoded) && !/\d{7,}/.test(decoded) && ids.replaceIds(decoded, (p) => p) === decoded;
    return plain ? s : encodeURIComponent(maskText(decoded, ids));
  };
  const path = url.pathname.split('/').map(segment).join('/');
  const query = [...url.searchParams].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(maskText(v, ids))}`);
  const hash = url.hash ? '#' + url.hash.slice(1).split('/').map(segment).join('/') : '';
  return path + (query.length ? '?' + query.join('&') : '') + hash;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
