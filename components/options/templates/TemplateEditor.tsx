/**
 * The template editor: details, one tab per language with the body, its syntax errors, a live preview
 * against a sample order and the policy verdict for that language's marketplace. Save (Ctrl+S),
 * duplicate, delete with confirmation; leaving with unsaved changes asks first.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { LANGUAGES, type Language, type Template } from '../../../lib/model';
import type { MessageKind } from '../../../lib/policy';
import { normalizeDraft, type AttachmentInfo } from '../../../lib/templates/import-export';
import { editorProblems } from './problems';
import { RequestFailedError, sendRequest } from '../../messaging';
import { useT } from '../../i18n';
import { Badge, Button, Card, ConfirmDialog, useToast } from '../../ui';
import { analyseBody, type BodyAnalysis, type BodyState } from './analysis';
import { fileToUpload } from './attachment';
import { BodyEditor } from './BodyEditor';
import { draftFromTemplate, emptyDraft, isDirty, toTemplateDraft, type Draft } from './draft';
import { useLanguageName } from './labels';
import { LanguageTabs } from './LanguageTabs';
import { MetaFields } from './MetaFields';
import { TemplateTranslate } from './TemplateTranslate';
import { PreviewPanel } from './PreviewPanel';
import type { SampleKind } from './samples';
import { templateName } from '../../i18n/template-text';

export interface TemplateEditorProps {
  stored: Template | undefined;
  storedAttachment: AttachmentInfo | undefined;
  onSaved: (template: Template, attachment: AttachmentInfo | null) => void;
  onDeleted: (id: string) => void;
  /** a copy was saved: open it */
  onDuplicated: (copy: Template) => void;
  onBack: () => void;
}

const errorText = (e: unknown) => (e instanceof RequestFailedError || e instanceof Error ? e.message : String(e));

export function TemplateEditor({ stored, storedAttachment, onSaved, onDeleted, onDuplicated, onBack }: TemplateEditorProps) {
  const t = useT();
  const toast = useToast();
  const langName = useLanguageName();
  const [draft, setDraft] = useState<Draft>(() => (stored ? draftFromTemplate(stored) : emptyDraft()));
  const [lang, setLang] = useState<Language>(() => LANGUAGES.find((l) => stored?.bodies[l]?.trim()) ?? 'en');
  const [sample, setSample] = useState<SampleKind>('fba');
  const [kind, setKind] = useState<MessageKind>(() => (stored?.tags.includes('review-request') ? 'review-request' : 'reply'));
  const [problems, setProblems] = useState<string[]>([]);
  const [nameProblem, setNameProblem] = useState(false);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<'delete' | 'leave' | null>(null);

  const dirty = isDirty(draft, stored);
  const analyses = useMemo(() => {
    const out = {} as Record<Language, BodyAnalysis>;
    for (const l of LANGUAGES) out[l] = analyseBody(draft.bodies[l], l, sample, kind);
    return out;
  }, [draft.bodies, sample, kind]);
  const states = Object.fromEntries(LANGUAGES.map((l) => [l, analyses[l].state])) as Record<Language, BodyState>;

  useEffect(() => {
    if (!dirty) return;
    const onUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, [dirty]);

  const update = (patch: Partial<Draft>) => { setDraft((d) => ({ ...d, ...patch })); setProblems([]); setNameProblem(false); };

  const send = async (d: Draft, asCopy: boolean) => {
    const content = toTemplateDraft(d);
    const found = editorProblems(t, langName, normalizeDraft(content));
    if (found.list.length) {
      setProblems(found.list);
      setNameProblem(found.name);
      toast.show({ text: t('tplNotSavedProblems', String(found.list.length)), tone: 'error' });
      // the list is at the top of the editor: bring it into view
      requestAnimationFrame(() => document.querySelector('[data-si="tpl-problems"]')?.scrollIntoView({ block: 'nearest' }));
      return undefined;
    }
    setBusy(true);
    try {
      const attachment = asCopy ? undefined : d.attachment.kind === 'new' ? await fileToUpload(d.attachment.file) : d.attachment.kind === 'remove' ? null : undefined;
      const r = await sendRequest({
        type: 'templates/save',
        template: { ...content, ...(d.id && !asCopy ? { id: d.id } : {}) },
        ...(attachment !== undefined ? { attachment } : {}),
      });
      onSaved(r.template, r.attachment);
      return r.template;
    } catch (e) {
      toast.show({ text: t('tplSaveFailed', errorText(e)), tone: 'error' });
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    const saved = await send(draft, false);
    if (!saved) return;
    setDraft(draftFromTemplate(saved));
    toast.show({ text: t('tplSaved', saved.name) });
  };
  const duplicate = async () => {
    const copy = await send({ ...draft, name: t('tplCopyName', draft.name.trim()) }, true);
    if (!copy) return;
    toast.show({ text: t('tplDuplicated', copy.name) });
    onDuplicated(copy);
  };
  const remove = async () => {
    if (!stored) return;
    setBusy(true);
    try {
      await sendRequest({ type: 'templates/remove', id: stored.id });
      onDeleted(stored.id);
      toast.show({ text: t('tplDeleted', stored.name) });
    } catch (e) {
      toast.show({ text: t('tplDeleteFailed', errorText(e)), tone: 'error' });
      setBusy(false);
      setConfirm(null);
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') { e.preventDefault(); if (!busy) void save(); }
  };

  const analysis = analyses[lang];

  return (
    <div className="tpl-editor" onKeyDown={onKeyDown} data-si="tpl-editor">
      <div className="tpl-editor__head">
        <Button variant="ghost" size="sm" onClick={() => (dirty ? setConfirm('leave') : onBack())} data-si="tpl-back">{t('tplBack')}</Button>
        <h2 className="tpl-editor__title">{(stored && stored.name === draft.name ? templateName(t, stored) : draft.name.trim()) || t('tplUntitled')}</h2>
        {draft.builtin && <Badge tone="accent" title={t('tplBuiltinHint')}>{t('tplBuiltin')}</Badge>}
        {dirty && <Badge tone="soon">{stored ? t('tplUnsaved') : t('tplNotSavedYet')}</Badge>}
        <span className="si-spacer" />
        {stored && <Button onClick={() => void duplicate()} disabled={busy} data-si="tpl-duplicate">{t('tplDuplicate')}</Button>}
        {stored && <Button variant="danger" icon="trash" onClick={() => setConfirm('delete')} disabled={busy} data-si="tpl-delete">{t('tplDelete')}</Button>}
        <Button variant="primary" onClick={() => void save()} disabled={busy || !dirty} title={t('tplSaveHint')} data-si="tpl-save">{t('tplSave')}</Button>
      </div>

      {problems.length > 0 && (
        <div className="si-notice si-notice--error tpl-problems" role="alert" data-si="tpl-problems">
          <strong>{t('tplFixProblems')}</strong>
          <ul className="opt-errors">{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}

      <Card title={t('tplDetails')}>
        <MetaFields draft={draft} onChange={update} nameError={nameProblem ? t('tplNameRequired') : undefined}
          stored={storedAttachment} onAttachmentError={(m) => toast.show({ text: m, tone: 'error' })} />
      </Card>

      <Card flush className="tpl-texts">
        <LanguageTabs value={lang} onChange={setLang} states={states} idPrefix="tpl-lang" />
        <div className="tpl-panes" role="tabpanel" id="tpl-lang-panel" aria-labelledby={`tpl-lang-tab-${lang}`}>
          <BodyEditor key={lang} id={`tpl-body-${lang}`} label={t('tplBodyLabel', langName(lang))} value={draft.bodies[lang] ?? ''}
            onChange={(value) => update({ bodies: { ...draft.bodies, [lang]: value } })} errors={analysis.errors} />
          <TemplateTranslate lang={lang} bodies={draft.bodies} langName={langName}
            onDraft={(body) => update({ bodies: { ...draft.bodies, [lang]: body }, tagsText: [draft.tagsText, t('tplTrDraftTag')].filter((x) => x.trim()).join(', ') })} />
          <PreviewPanel language={lang} analysis={analysis} sample={sample} onSample={setSample} kind={kind} onKind={setKind} />
        </div>
      </Card>

      {confirm === 'delete' && stored && (
        <ConfirmDialog title={t('tplDeleteTitle', stored.name)} confirmLabel={t('tplDelete')} cancelLabel={t('tplCancel')} variant="danger"
          busy={busy} onConfirm={() => void remove()} onCancel={() => setConfirm(null)}>
          <p>{t('tplDeleteBody')}</p>
          {stored.builtin && <p>{t('tplDeleteBuiltin')}</p>}
        </ConfirmDialog>
      )}
      {confirm === 'leave' && (
        <ConfirmDialog title={t('tplLeaveTitle')} confirmLabel={t('tplLeaveConfirm')} cancelLabel={t('tplLeaveCancel')} variant="danger"
          onConfirm={onBack} onCancel={() => setConfirm(null)}>
          <p>{t('tplLeaveBody')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
