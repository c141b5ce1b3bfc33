/** The templates and their attachments' names, from the background (`templates/list`), kept in step with saves. */
import { useCallback, useEffect, useState } from 'react';
import type { Template } from '../../../lib/model';
import type { AttachmentInfo } from '../../../lib/templates/import-export';
import { sendRequest } from '../../messaging';

export interface TemplatesData {
  templates: Template[] | null;
  attachments: ReadonlyMap<string, AttachmentInfo>;
  loadError: string | null;
  reload(): Promise<void>;
  /** put a saved template (and its attachment) in the list without a round trip */
  put(template: Template, attachment: AttachmentInfo | null): void;
  drop(id: string): void;
}

const byName = (a: Template, b: Template) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1);

export function useTemplates(): TemplatesData {
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [attachments, setAttachments] = useState<ReadonlyMap<string, AttachmentInfo>>(new Map());
  const [loadError, setLoadError] = useState<string | null>(null);

  const apply = useCallback((r: { templates: Template[]; attachments: AttachmentInfo[] }) => {
    setTemplates(r.templates);
    setAttachments(new Map(r.attachments.map((a) => [a.id, a])));
    setLoadError(null);
  }, []);
  const fail = useCallback((e: unknown) => setLoadError(e instanceof Error ? e.message : String(e)), []);
  const reload = useCallback(() => sendRequest({ type: 'templates/list' }).then(apply, fail), [apply, fail]);
  useEffect(() => {
    let live = true;
    sendRequest({ type: 'templates/list' }).then((r) => { if (live) apply(r); }, (e: unknown) => { if (live) fail(e); });
    return () => { live = false; };
  }, [apply, fail]);

  const put = useCallback((template: Template, attachment: AttachmentInfo | null) => {
    setTemplates((xs) => [...(xs ?? []).filter((x) => x.id !== template.id), template].sort(byName));
    if (attachment) setAttachments((m) => new Map(m).set(attachment.id, attachment));
  }, []);
  const drop = useCallback((id: string) => setTemplates((xs) => (xs ?? []).filter((x) => x.id !== id)), []);

  return { templates, attachments, loadError, reload, put, drop };
}
