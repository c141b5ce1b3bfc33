/**
 * Cuts a rendered template into runs for the preview: each run has one variable state (filled,
 * missing or plain text) and one policy state (the strongest finding over it). Pure.
 */
import type { Finding, Severity } from '../../../lib/policy/types';
import type { RenderSegment } from '../../../lib/templates/render';

export interface PreviewRun {
  text: string;
  variable?: string;
  missing?: boolean;
  severity?: Severity;
  /** the rules over this run */
  rules?: string[];
}

export function previewRuns(segments: readonly RenderSegment[], findings: readonly Finding[]): PreviewRun[] {
  const out: PreviewRun[] = [];
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
      const a = points[i]!;
      const b = points[i + 1]!;
      const over = findings.filter((f) => f.start < b && f.end > a);
      const severity = over.some((f) => f.severity === 'block') ? 'block' : over.length ? 'warn' : undefined;
      out.push({
        text: seg.text.slice(a - start, b - start),
        ...(seg.variable ? { variable: seg.variable } : {}),
        ...(seg.missing ? { missing: true } : {}),
        ...(severity ? { severity, rules: [...new Set(over.map((f) => f.rule))] } : {}),
      });
    }
  }
  return out;
}
