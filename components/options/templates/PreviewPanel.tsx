/**
 * The live preview of one language's body against a sample order: missing values highlighted as warnings,
 * each policy finding highlighted in the text (numbered spans) and listed with its rule explained.
 */
import { useMemo } from 'react';
import { marketplaceById } from '../../../lib/marketplaces';
import type { Language } from '../../../lib/model';
import { ruleById, type MessageKind } from '../../../lib/policy';
import { placeholderFor } from '../../../lib/templates';
import { useT } from '../../i18n';
import { findingText, ruleExplanation, type Lookup } from '../../i18n/policy-text';
import { Badge, Select } from '../../ui';
import type { BodyAnalysis } from './analysis';
import { highlightPieces } from '../../../lib/policy/highlight';
import { LANGUAGE_MARKETPLACE, SAMPLE_KINDS, sampleFor, type SampleKind } from './samples';

export const MESSAGE_KINDS: readonly MessageKind[] = ['reply', 'proactive', 'review-request'];

export interface PreviewPanelProps {
  language: Language;
  analysis: BodyAnalysis;
  sample: SampleKind;
  onSample: (s: SampleKind) => void;
  kind: MessageKind;
  onKind: (k: MessageKind) => void;
}

export function PreviewPanel({ language, analysis, sample, onSample, kind, onKind }: PreviewPanelProps) {
  const t = useT();
  const { render, policy, state } = analysis;
  const lookup: Lookup = (key, subs) => t(key, ...subs);
  const pieces = useMemo(() => highlightPieces(render.segments, policy.findings), [render, policy]);
  const domain = marketplaceById(LANGUAGE_MARKETPLACE[language])?.retailDomain ?? '';
  const kindKey = (k: MessageKind) => `tplKind_${k.replace(/-/g, '_')}`;

  return (
    <section className="tpl-preview" aria-labelledby="tpl-preview-title" data-si="tpl-preview">
      <div className="tpl-preview__bar">
        <h3 id="tpl-preview-title" className="tpl-preview__title">{t('tplPreview')}</h3>
      </div>
      <div className="tpl-preview__controls">
        <Select label={t('tplSample')} fieldClassName="tpl-inline-field" value={sample} onChange={(e) => onSample(e.target.value as SampleKind)}
          options={SAMPLE_KINDS.map((k) => ({ value: k, label: t(`tplSample_${k}`, sampleFor(language, k).buyer) }))} data-si="tpl-sample" />
        <Select label={t('tplKind')} fieldClassName="tpl-inline-field" value={kind} onChange={(e) => onKind(e.target.value as MessageKind)}
          options={MESSAGE_KINDS.map((k) => ({ value: k, label: t(kindKey(k)) }))} data-si="tpl-kind" />
      </div>

      {state === 'empty' && <p className="si-muted tpl-preview__none">{t('tplPreviewEmpty')}</p>}
      {state === 'error' && <p className="si-muted tpl-preview__none">{t('tplPreviewErrors')}</p>}
      {state !== 'empty' && state !== 'error' && (
        <>
          <div className={`tpl-verdict tpl-verdict--${policy.verdict}`} role="status" data-si="tpl-verdict">
            <strong>{t(`tplVerdict_${policy.verdict}`)}</strong>
            <span>{t('tplVerdictWhere', domain, t(kindKey(kind)))}</span>
          </div>
          <div className="tpl-preview__text" lang={language} data-si="tpl-preview-text">
            {pieces.map((p, i) => {
              const sev = p.findings.some((k) => policy.findings[k]?.severity === 'block') ? 'block' : p.findings.length ? 'warn' : '';
              const cls = [p.variable && 'tpl-hl-var', p.missing && 'tpl-hl-missing', sev && `tpl-hl-finding tpl-hl-finding--${sev}`].filter(Boolean).join(' ');
              const title = [
                p.missing && p.variable ? t('tplMissingValue', placeholderFor(p.variable)) : '',
                ...p.findings.map((k) => `${k + 1}. ${policy.findings[k] ? findingText(lookup, policy.findings[k]) : ''}`),
              ].filter(Boolean).join('\n');
              const last = p.findings.length > 0 && !pieces[i + 1]?.findings.some((k) => p.findings.includes(k));
              return cls ? (
                <span key={i} className={cls} title={title || undefined} data-si={p.missing ? 'tpl-missing' : sev ? 'tpl-finding' : undefined}>
                  {p.text}
                  {last && <sup className="tpl-hl-num" aria-hidden="true">{p.findings.map((k) => k + 1).join(',')}</sup>}
                </span>
              ) : <span key={i}>{p.text}</span>;
            })}
          </div>
          {render.missing.length > 0 && (
            <div className="tpl-missing" role="note" data-si="tpl-missing-list">
              <strong>{t('tplMissingTitle')}</strong>{' '}
              {render.missing.map((m) => <code key={m} className="si-mono">{`{{${m}}}`}</code>)}
              <div className="si-muted">{t('tplMissingHint')}</div>
            </div>
          )}
          {policy.findings.length > 0 && (
            <ol className="tpl-findings" data-si="tpl-findings">
              {policy.findings.map((f, k) => (
                <li key={`${f.rule}-${f.start}-${k}`} className="tpl-finding">
                  <div className="tpl-finding__head">
                    <span className="tpl-finding__num">{k + 1}</span>
                    <Badge tone={f.severity === 'block' ? 'overdue' : 'soon'}>{t(f.severity === 'block' ? 'tplSeverityBlock' : 'tplSeverityWarn')}</Badge>
                    <span className="tpl-finding__msg">{findingText(lookup, f)}</span>
                  </div>
                  {ruleById(f.rule) && <p className="tpl-finding__why">{ruleExplanation(lookup, f.rule)}</p>}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
