/**
 * One body checked the way the editor shows it: syntax errors, the render against a sample order, and
 * the policy verdict of that render on the language's marketplace. Pure.
 */
import type { Language } from '../../../lib/model';
import { checkMessage, type MessageKind, type PolicyResult } from '../../../lib/policy';
import { renderTemplate, validateTemplate, type RenderResult, type TemplateError } from '../../../lib/templates';
import { LANGUAGE_MARKETPLACE, sampleFor, type SampleKind } from './samples';

export type BodyState = 'empty' | 'error' | 'block' | 'warn' | 'ok';

export interface BodyAnalysis {
  state: BodyState;
  errors: TemplateError[];
  render: RenderResult;
  policy: PolicyResult;
}

const NO_RENDER: RenderResult = { text: '', segments: [], missing: [], errors: [], complete: false, replaced: [] };
const OK: PolicyResult = { verdict: 'ok', findings: [] };

export function analyseBody(body: string | undefined, language: Language, sample: SampleKind, kind: MessageKind): BodyAnalysis {
  const text = body ?? '';
  if (!text.trim()) return { state: 'empty', errors: [], render: NO_RENDER, policy: OK };
  const errors = validateTemplate(text);
  if (errors.length) return { state: 'error', errors, render: NO_RENDER, policy: OK };
  const render = renderTemplate(text, sampleFor(language, sample).ctx);
  const policy = checkMessage(render.text, { kind, marketplace: LANGUAGE_MARKETPLACE[language] });
  return { state: policy.verdict, errors, render, policy };
}
