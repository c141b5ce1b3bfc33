/**
 * Cuts a rendered template into runs for the preview: each run has one variable state (filled,
 * missing or plain text) and one policy state (the strongest finding over it), from lib/policy's pieces. Pure.
 */
import type { Finding, Severity } from '../../../lib/policy/types';
import { highlightPieces } from '../../../lib/policy/highlight';
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
  return highlightPieces(segments, findings).map(({ findings: idx, ...piece }) => {
    const over = idx.map((k) => findings[k]!);
    const severity: Severity | undefined = over.some((f) => f.severity === 'block') ? 'block' : over.length ? 'warn' : undefined;
    return { ...piece, ...(severity ? { severity, rules: [...new Set(over.map((f) => f.rule))] } : {}) };
  });
}
