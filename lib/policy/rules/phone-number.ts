import { finding, spans } from '../phrases';
import type { Rule } from '../types';

const CANDIDATE = /(?<![a-z0-9.,/-])(?:\+|00)?\(?\d[\d ()./-]{5,}\d(?![a-z0-9]|[.,]\d)/gu;
const ORDER_ID = /\d{3}-\d{7}-\d{7}/;
const DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
const US = /^(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$/;
const CONTEXT = /(?:phone|call|ring|tel|text me|sms|mobile|cell|whatsapp|hotline|telefon\w*|anruf\w*|rufen|handy|mobil|appel\w*|telephone|portable|chiam\w*|telefono|cellulare|numero|llam\w*|movil|電話|携帯|tel|手机|电话)[^\d]{0,25}$/;
const UNIT_AFTER = /^\s?(?:€|\$|£|¥|円|eur|usd|gbp|kg|g|cm|mm|m|ml|l|v|w|mah|x|pcs|stk)(?![\p{L}])/u;

export const phoneNumber: Rule = {
  id: 'phone-number',
  check(_text, _ctx, a) {
    const out = [];
    for (const [s0, e] of spans(CANDIDATE, a.norm)) {
      let s = s0;
      const raw = a.norm.slice(s, e);
      const digits = raw.replace(/\D/g, '');
      if (digits.length < 7 || digits.length > 15) continue;
      if (ORDER_ID.test(raw) || DATE.test(raw.trim())) continue;
      const before = a.norm.slice(Math.max(0, s - 40), s);
      if (/[€$£¥]\s?$/.test(before) || UNIT_AFTER.test(a.norm.slice(e, e + 6))) continue;
      const separated = /[ ()./-]/.test(raw);
      const phoneShape = /^(?:\+|00|\(\d)/.test(raw) || US.test(raw) || (separated && /^0\d/.test(raw));
      if (!phoneShape && !CONTEXT.test(before)) continue;
      if (raw.startsWith('(') && !/\)/.test(raw)) s++;
      out.push(finding(a, this.id, 'block', s, e, 'phone'));
    }
    return out;
  },
};
