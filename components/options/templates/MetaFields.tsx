/** The template's name, tags, categories (several) and optional attachment. */
import { useId } from 'react';
import { CATEGORIES, type Category } from '../../../lib/model';
import type { AttachmentInfo } from '../../../lib/templates/import-export';
import { useT } from '../../i18n';
import { Button, Input } from '../../ui';
import { formatSize, MAX_ATTACHMENT_BYTES } from './attachment';
import { ACCEPTED_EXTENSIONS_TEXT, attachmentProblem } from '../../../lib/seller-central/attachment-limits';
import type { Draft } from './draft';
import { categoryLabel } from './labels';
import { Paperclip } from './Paperclip';

export interface MetaFieldsProps {
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
  nameError?: string | undefined;
  /** the stored attachment, when the template has one */
  stored: AttachmentInfo | undefined;
  onAttachmentError: (message: string) => void;
}

export function MetaFields({ draft, onChange, nameError, stored, onAttachmentError }: MetaFieldsProps) {
  const t = useT();
  const fileId = useId();
  const catsId = useId();
  const toggle = (c: Category) =>
    onChange({ categories: draft.categories.includes(c) ? draft.categories.filter((x) => x !== c) : [...draft.categories, c] });
  const shown = draft.attachment.kind === 'new'
    ? { name: draft.attachment.file.name, size: draft.attachment.file.size }
    : draft.attachment.kind === 'keep' ? stored : undefined;

  return (
    <div className="tpl-meta">
      <Input label={t('tplName')} value={draft.name} error={nameError} maxLength={200} required
        onChange={(e) => onChange({ name: e.target.value })} data-si="tpl-name" />
      <Input label={t('tplTags')} hint={t('tplTagsHint')} value={draft.tagsText}
        onChange={(e) => onChange({ tagsText: e.target.value })} data-si="tpl-tags" />
      <fieldset className="tpl-cats-field" aria-describedby={catsId}>
        <legend className="si-field__label">{t('tplCategories')}</legend>
        <div className="tpl-chips">
          {CATEGORIES.map((c) => (
            <label key={c} className={`tpl-chip ${draft.categories.includes(c) ? 'tpl-chip--on' : ''}`}>
              <input type="checkbox" checked={draft.categories.includes(c)} onChange={() => toggle(c)} />
              {categoryLabel(t, c)}
            </label>
          ))}
        </div>
        <div className="si-field__hint" id={catsId}>{t('tplCategoriesHint')}</div>
      </fieldset>
      <div className="tpl-attach">
        <span className="si-field__label">{t('tplAttachment')}</span>
        {shown ? (
          <div className="tpl-attach__file" data-si="tpl-attachment">
            <Paperclip />
            <span className="tpl-attach__name">{shown.name}</span>
            <span className="si-muted">{formatSize(shown.size)}</span>
            {draft.attachment.kind === 'new' && <span className="si-muted">{t('tplAttachmentUnsaved')}</span>}
            <Button size="sm" variant="ghost" onClick={() => onChange({ attachment: draft.attachment.kind === 'new' && stored ? { kind: 'keep' } : { kind: 'remove' } })}>
              {t('tplAttachmentRemove')}
            </Button>
          </div>
        ) : (
          <div className="tpl-attach__file">
            <label htmlFor={fileId} className="si-btn si-btn--sm"><Paperclip />{t('tplAttachmentChoose')}</label>
            <input id={fileId} type="file" accept={ACCEPTED_EXTENSIONS_TEXT.replace(/ /g, '')} className="si-visually-hidden" data-si="tpl-attachment-input" onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (!file) return;
              // Amazon's limits (lib/seller-central/attachment-limits.ts): a file Amazon would refuse is never stored
              const problem = attachmentProblem(file);
              if (problem?.kind === 'too-large' || file.size > MAX_ATTACHMENT_BYTES) onAttachmentError(t('tplAttachmentTooBig', file.name, formatSize(file.size)));
              else if (problem?.kind === 'wrong-type') onAttachmentError(t('tplAttachmentWrongType', file.name, ACCEPTED_EXTENSIONS_TEXT));
              else if (problem?.kind === 'empty') onAttachmentError(t('tplAttachmentEmpty', file.name));
              else onChange({ attachment: { kind: 'new', file } });
            }} />
            <span className="si-field__hint">{t('tplAttachmentHint')}</span>
          </div>
        )}
      </div>
    </div>
  );
}
