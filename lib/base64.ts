/**
 * Standard base64 with its padding, in whole groups of 4 (atob throws on "A" or "AB="). Checked with a flat
 * character class and the length, not a grouped regex: a grouped one overflows the stack on a 10 MB file.
 */
const CHARS = /^[A-Za-z0-9+/]*(?:==?)?$/;

export const isStrictBase64 = (s: string): boolean => s.length % 4 === 0 && CHARS.test(s);
