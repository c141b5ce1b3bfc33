/**
 * Cuts a rendered preview into pieces for display: each piece is one run of text with the same variable
 * (filled or missing) and the same policy findings over it, so the UI wraps it in one span. Pure.
 */
import type { Finding } from './types';
import type { RenderSegment } from '../templates/render';

export interface Piece {
  text: string;
  variable?: string;
  missing?: boolean;
  /** indexes into the findings array that cover this piece */
  findings: number[];
}

export function highlightPieces(segments: readonly RenderSegment[], findings: readonly Finding[]): Piece[] {
  const out: Piece[] = [];
  let offset = 0;
  for (const seg of segments) {
    const start = offset;
    const end = start + seg.text.length;
    offset = end;
    const cuts = new Set([start, end]);
    for (const f of findings) {
      if (f.start > start && f.start < end) cuts.add(f.start);
      if (f.end > start && f.end < end) cuts.add(f.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i] ?? start;
      const b = points[i + 1] ?? end;
      const covering = findings.flatMap((f, k) => (f.start < b && f.end > a ? [k] : []));
      out.push({
        text: seg.text.slice(a - start, b - start),
        ...(seg.variable ? { variable: seg.variable } : {}),
        ...(seg.missing ? { missing: true } : {}),
        findings: covering,
      });
    }
  }
  return out;
}
