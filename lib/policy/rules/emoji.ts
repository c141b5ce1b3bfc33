import { finding, spans } from '../phrases';
import type { Rule } from '../types';

// pictographs (not © ® ™ ‼), flags, keycaps, plus joiners/variation selectors/skin tones that belong to them
const EMOJI = /(?:(?![\u00a9\u00ae\u2122\u203c\u2049])\p{Extended_Pictographic}|\p{Regional_Indicator}|[#*0-9]\ufe0f\u20e3)(?:\u200d|\ufe0f|\p{Emoji_Modifier}|(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}|\p{Regional_Indicator}|\s)*/gu;
const EMOTICON = /(?<![\p{L}\p{N}:;])(?:[:;]-?[)(dp]|\^_?\^|<3)(?![\p{L}\p{N}])/gu;

export const emoji: Rule = {
  id: 'emoji',
  check(_text, _ctx, a) {
    const out = spans(EMOJI, a.norm).map(([s, e]) => {
      while (e > s && /\s/.test(a.norm.charAt(e - 1))) e--;
      return finding(a, this.id, 'warn', s, e, 'emoji');
    });
    for (const [s, e] of spans(EMOTICON, a.norm)) out.push(finding(a, this.id, 'warn', s, e, 'emoticon'));
    return out.sort((x, y) => x.start - y.start);
  },
};
