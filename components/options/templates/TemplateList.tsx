/** The template list: search, category and tag filters, language coverage, starter marker. */
import { useMemo, useState, type ReactNode } from 'react';
import { CATEGORIES, type Category, type Template } from '../../../lib/model';
import type { AttachmentInfo } from '../../../lib/templates/import-export';
import { useT } from '../../i18n';
import { Badge, Button, Card, EmptyState, Icon, Select, Table, type Column } from '../../ui';
import { categoryLabel } from './labels';
import { LanguageCoverage } from './LanguageCoverage';
import { Paperclip } from './Paperclip';
import { allTags, filterTemplates, type ListFilter } from './search';
import { tagLabel, templateName, templateTag } from '../../i18n/template-text';

export interface TemplateListProps {
  templates: readonly Template[];
  attachments: ReadonlyMap<string, AttachmentInfo>;
  onOpen: (id: string) => void;
  onNew: () => void;
  /** import / export buttons */
  actions?: ReactNode;
}

export function TemplateList({ templates, attachments, onOpen, onNew, actions }: TemplateListProps) {
  const t = useT();
  const [filter, setFilter] = useState<ListFilter>({ query: '', category: '', tag: '' });
  const label = (c: Category) => categoryLabel(t, c);
  const rows = useMemo(() => filterTemplates(templates, filter, (c) => categoryLabel(t, c)), [templates, filter, t]);
  const tags = useMemo(() => allTags(templates), [templates]);
  const filtered = !!(filter.query.trim() || filter.category || filter.tag);

  const columns: Column<Template>[] = [
    {
      id: 'name', header: t('tplColName'), cell: (x) => (
        <span className="tpl-name-cell">
          <button type="button" className="tpl-link" onClick={() => onOpen(x.id)} data-si="tpl-open">{templateName(t, x)}</button>
          {x.builtin && <Badge tone="accent" title={t('tplBuiltinHint')}>{t('tplBuiltin')}</Badge>}
          {x.attachmentId && (
            <span className="tpl-clip" title={attachments.get(x.attachmentId)?.name ?? t('tplAttachment')}>
              <Paperclip /><span className="si-visually-hidden">{t('tplAttachment')}</span>
            </span>
          )}
        </span>
      ),
    },
    { id: 'categories', header: t('tplColCategories'), cell: (x) => <span className="tpl-cats">{x.categories.map(label).join(', ')}</span> },
    { id: 'languages', header: t('tplColLanguages'), width: '170px', cell: (x) => <LanguageCoverage bodies={x.bodies} /> },
    { id: 'tags', header: t('tplColTags'), cell: (x) => <span className="tpl-tags">{x.tags.map((g) => <span key={g} className="tpl-tag">{templateTag(t, x, g)}</span>)}</span> },
    { id: 'edit', header: <span className="si-visually-hidden">{t('tplEdit')}</span>, align: 'end', cell: (x) => (
      <Button size="sm" variant="ghost" onClick={() => onOpen(x.id)} aria-label={t('tplEditNamed', templateName(t, x))}>{t('tplEdit')}</Button>
    ) },
  ];

  return (
    <div className="tpl-list">
      <div className="tpl-toolbar">
        <div className="opt-search tpl-search">
          <Icon name="search" />
          <input className="si-input" type="search" value={filter.query} placeholder={t('tplSearch')} aria-label={t('tplSearch')}
            onChange={(e) => setFilter({ ...filter, query: e.target.value })} data-si="tpl-search" />
        </div>
        <Select label={<span className="si-visually-hidden">{t('tplFilterCategory')}</span>} fieldClassName="tpl-filter"
          value={filter.category} onChange={(e) => setFilter({ ...filter, category: e.target.value as Category | '' })}
          options={[{ value: '', label: t('tplAllCategories') }, ...CATEGORIES.map((c) => ({ value: c, label: label(c) }))]} />
        <Select label={<span className="si-visually-hidden">{t('tplFilterTag')}</span>} fieldClassName="tpl-filter"
          value={filter.tag} onChange={(e) => setFilter({ ...filter, tag: e.target.value })}
          options={[{ value: '', label: t('tplAllTags') }, ...tags.map((g) => ({ value: g, label: tagLabel(t, g) }))]} />
        <span className="si-spacer" />
        {actions}
        <Button variant="primary" icon="plus" onClick={onNew} data-si="tpl-new">{t('tplNew')}</Button>
      </div>
      <Card flush>
        <Table columns={columns} rows={rows} rowKey={(x) => x.id} caption={t('navTemplates')}
          empty={filtered
            ? <EmptyState icon="search" title={t('tplNoMatch')} action={<Button onClick={() => setFilter({ query: '', category: '', tag: '' })}>{t('tplClearFilters')}</Button>} />
            : <EmptyState icon="templates" title={t('tplEmptyTitle')} action={<Button variant="primary" icon="plus" onClick={onNew}>{t('tplNew')}</Button>}>{t('tplEmptyBody')}</EmptyState>} />
      </Card>
      <p className="si-muted tpl-count">{t('tplCount', rows.length, templates.length)}</p>
    </div>
  );
}
