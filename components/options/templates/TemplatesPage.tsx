/**
 * Options > Templates: the list, or one template's editor (`#/templates/<id>`, `#/templates/new`).
 * Data comes from the background (templates/* messages); the starters are put in on first run there.
 */
import { useT } from '../../i18n';
import { Button, EmptyState } from '../../ui';
import { ImportExport } from './ImportExport';
import { useTemplateRoute } from './route';
import { TemplateEditor } from './TemplateEditor';
import { TemplateList } from './TemplateList';
import { useTemplates } from './useTemplates';
import './templates.css';

export function TemplatesPage() {
  const t = useT();
  const data = useTemplates();
  const [route, go] = useTemplateRoute();

  if (data.loadError) return <div className="si-notice si-notice--error" role="alert">{t('tplLoadFailed', data.loadError)}</div>;
  if (!data.templates) return null;

  if (route.view === 'list') {
    return (
      <TemplateList templates={data.templates} attachments={data.attachments}
        onOpen={(id) => go({ view: 'edit', id })} onNew={() => go({ view: 'new' })}
        actions={<ImportExport templates={data.templates} onImported={() => void data.reload()} />} />
    );
  }
  const stored = route.view === 'edit' ? data.templates.find((x) => x.id === route.id) : undefined;
  if (route.view === 'edit' && !stored) {
    return (
      <EmptyState icon="templates" title={t('tplNotFound')}
        action={<Button onClick={() => go({ view: 'list' })}>{t('tplBack')}</Button>} />
    );
  }
  return (
    <TemplateEditor key={stored?.id ?? 'new'} stored={stored}
      storedAttachment={stored?.attachmentId ? data.attachments.get(stored.attachmentId) : undefined}
      onSaved={(tpl, att) => { data.put(tpl, att); if (!stored) go({ view: 'edit', id: tpl.id }); }}
      onDuplicated={(copy) => go({ view: 'edit', id: copy.id })}
      onDeleted={(id) => { data.drop(id); go({ view: 'list' }); }}
      onBack={() => go({ view: 'list' })} />
  );
}
