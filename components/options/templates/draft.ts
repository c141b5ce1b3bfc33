/** The editor's working copy of a template, and what it sends to the background. */
import type { Category, Language, Template } from '../../../lib/model';
import type { TemplateDraft } from '../../../lib/templates/import-export';

export type AttachmentChange = { kind: 'keep' } | { kind: 'new'; file: File } | { kind: 'remove' };

export interface Draft {
  /** absent for a template not saved yet */
  id?: string;
  name: string;
  /** as typed: comma-separated */
  tagsText: string;
  categories: Category[];
  bodies: Partial<Record<Language, string>>;
  builtin: boolean;
  attachment: AttachmentChange;
}

export const parseTags = (text: string): string[] => [...new Set(text.split(',').map((s) => s.trim()).filter(Boolean))];

export const emptyDraft = (language: Language = 'en'): Draft => ({
  name: '', tagsText: '', categories: [], bodies: { [language]: '' }, builtin: false, attachment: { kind: 'keep' },
});

export const draftFromTemplate = (t: Template): Draft => ({
  id: t.id, name: t.name, tagsText: t.tags.join(', '), categories: [...t.categories], bodies: { ...t.bodies },
  builtin: !!t.builtin, attachment: { kind: 'keep' },
});

/** What templates/save carries (the content; id separately). */
export const toTemplateDraft = (d: Draft): TemplateDraft => ({
  name: d.name, tags: parseTags(d.tagsText), categories: d.categories, bodies: d.bodies,
});

/** True when the draft differs from what is stored (or is new). */
export function isDirty(d: Draft, stored: Template | undefined): boolean {
  if (!stored) return true;
  if (d.attachment.kind !== 'keep') return true;
  const a = toTemplateDraft(d);
  const bodies = (b: Partial<Record<Language, string>>) => JSON.stringify(Object.entries(b).filter(([, v]) => v?.trim()).sort());
  return a.name !== stored.name || a.tags.join('\n') !== stored.tags.join('\n')
    || [...a.categories].sort().join() !== [...stored.categories].sort().join() || bodies(a.bodies) !== bodies(stored.bodies);
}
