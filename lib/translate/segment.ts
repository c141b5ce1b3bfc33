/**
 * Long messages are translated in pieces: by paragraph, then by sentence, then (a run-on text) at the last blank
 * before the limit. Each piece keeps the separator that followed it, so `pieces.map(p => p.text + p.after).join('')`
 * is the text again; only `text` goes to the translator. Pure.
 */

export interface Piece {
  text: string;
  /** what followed the piece in the original (line breaks, the blank after a sentence) */
  after: string;
}

export const SEGMENT_MAX = 600;

const SENTENCE_END = /(?<=[.!?。！？…])(\s+)|(?<=[。！？])()/g;

function splitKeeping(text: string, re: RegExp): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const m of text.matchAll(re)) {
    const end = m.index;
    const sep = m[0];
    if (end === at && sep === '') continue;
    out.push({ text: text.slice(at, end), after: sep });
    at = end + sep.length;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), after: '' });
  return out;
}

function hardSplit(piece: Piece, max: number): Piece[] {
  const out: Piece[] = [];
  let rest = piece.text;
  while (rest.length > max) {
    const cut = rest.lastIndexOf(' ', max);
    const at = cut > max / 2 ? cut : max;
    out.push({ text: rest.slice(0, at), after: cut > max / 2 ? ' ' : '' });
    rest = rest.slice(cut > max / 2 ? at + 1 : at);
  }
  out.push({ text: rest, after: piece.after });
  return out;
}

/** Sentences of one paragraph, merged back up to `max` characters a piece. */
function sentences(piece: Piece, max: number): Piece[] {
  if (piece.text.length <= max) return [piece];
  const parts = splitKeeping(piece.text, SENTENCE_END);
  const last = parts[parts.length - 1];
  if (last) last.after += piece.after;
  const merged: Piece[] = [];
  for (const p of parts.flatMap((s) => (s.text.length > max ? hardSplit(s, max) : [s]))) {
    const prev = merged[merged.length - 1];
    if (prev && prev.text.length + prev.after.length + p.text.length <= max) {
      prev.text += prev.after + p.text;
      prev.after = p.after;
    } else merged.push({ ...p });
  }
  return merged;
}

export function segment(text: string, max = SEGMENT_MAX): Piece[] {
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  const paragraphs = splitKeeping(text.slice(lead.length), /\s*\n\s*/g);
  const pieces = paragraphs.flatMap((p) => sentences(p, max));
  if (lead) pieces.unshift({ text: '', after: lead });
  return pieces;
}

export const joinPieces = (pieces: readonly Piece[]): string => pieces.map((p) => p.text + p.after).join('');
