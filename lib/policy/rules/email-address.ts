import { finding, spans, test } from '../phrases';
import type { Rule } from '../types';

const TLD = '(?:com|net|org|info|biz|de|fr|it|es|at|ch|be|nl|uk|co|jp|cn|hk|tw|us|ca|mx|eu|io|me|email|shop|store)';
const PLAIN = /[a-z0-9._%+-]+\s?@\s?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g;
// "name at gmail dot com", "name (at) shop [dot] de", "name(at)shop.de"
const DISGUISED = new RegExp(
  '(?<![a-z0-9._-])(?!(?:us|me|you|him|her|them|it|here|there|online|home|anytime|store|shop)\\s)[a-z0-9._-]+\\s*(?:\\(\\s*(?:at|@)\\s*\\)|\\[\\s*(?:at|@)\\s*\\]|\\{\\s*at\\s*\\}|\\s(?:at|chez|bei|presso|arroba)\\s)\\s*' +
  '[\\p{L}\\p{N}-]+(?:\\s*(?:\\.|\\(\\s*dot\\s*\\)|\\[\\s*dot\\s*\\]|\\s(?:dot|punkt|point|punto)\\s)\\s*[\\p{L}\\p{N}-]+)*' +
  `\\s*(?:\\.|\\(\\s*dot\\s*\\)|\\[\\s*dot\\s*\\]|\\s(?:dot|punkt|point|punto)\\s)\\s*${TLD}(?![\\p{L}\\p{N}])`, 'gu');
// "gmail dot com" style mail hosts mentioned with any local part
const MAIL_HOST = /(?<![\p{L}\p{N}])(?:gmail|googlemail|yahoo|hotmail|outlook|live|icloud|gmx|web|qq|163|126|aol|proton(?:mail)?)\s*(?:\.|\(\s*dot\s*\)|\s(?:dot|punkt|point|punto)\s)\s*(?:com|de|fr|it|es|net|co\.uk|jp|cn)(?![\p{L}\p{N}])/gu;

export const emailAddress: Rule = {
  id: 'email-address',
  check(_text, _ctx, a) {
    const seen: Array<[number, number]> = [];
    const res = [PLAIN];
    // cheap pre-checks: the spelled-out forms need "dot"/"punkt"/"point"/"punto" or brackets
    if (/\b(?:dot|punkt|point|punto)\b|[[(]\s*(?:at|@|dot)\s*[\])]|\s(?:at|chez|bei|presso|arroba)\s+[a-z0-9-]+\.[a-z]{2,}/.test(a.norm)) res.push(DISGUISED, MAIL_HOST);
    else if (/\.(?:com|de|fr|it|es|net|co|jp|cn)\b/.test(a.norm)) res.push(MAIL_HOST);
    for (const re of res) {
      for (const [s, e] of spans(re, a.norm)) {
        if (seen.some(([x, y]) => s < y && e > x)) continue;
        // "manual is at tinyurl.com" is a link: a bare "at" needs a spelled-out dot to be an address
        if (re === DISGUISED && !/[([{]|\s(?:dot|punkt|point|punto)\s/.test(a.norm.slice(s, e)) && !test(MAIL_HOST, a.norm.slice(s, e))) continue;
        seen.push([s, e]);
      }
    }
    return seen.sort((x, y) => x[0] - y[0]).map(([s, e]) => finding(a, this.id, 'block', s, e, 'email'));
  },
};
