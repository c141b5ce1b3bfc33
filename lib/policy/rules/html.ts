import { finding, spans } from '../phrases';
import type { Rule } from '../types';

const TAGS = 'a|b|i|u|s|p|br|hr|div|span|img|strong|em|font|center|table|tr|td|th|tbody|thead|ul|ol|li|h[1-6]|html|body|head|style|script|iframe|link|meta|small|big|sub|sup|blockquote|pre|code|section|header|footer|button|input|form|title|mark|del|ins|label|video|audio|source|svg';
const TAG = new RegExp(`<\\/?(?:${TAGS})(?:\\s[^<>]*)?\\/?>`, 'g');
const ENTITY = /&(?:[a-z]{2,8}|#\d{1,6}|#x[0-9a-f]{1,5});/g;
const MD_IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;

export const html: Rule = {
  id: 'html',
  check(_text, _ctx, a) {
    return [
      ...spans(TAG, a.norm).map(([s, e]) => finding(a, this.id, 'block', s, e, 'htmlTag')),
      ...spans(ENTITY, a.norm).map(([s, e]) => finding(a, this.id, 'block', s, e, 'htmlEntity')),
      ...spans(MD_IMAGE, a.norm).map(([s, e]) => finding(a, this.id, 'block', s, e, 'htmlImage')),
    ].sort((x, y) => x.start - y.start);
  },
};
