/** Message templates (CRUD). */
import type { Template } from '../../model';
import type { SellerInboxDB } from '../database';
import { guardStorage } from '../errors';

export type TemplateInput = Omit<Template, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

export class TemplatesRepository {
  constructor(private readonly db: SellerInboxDB, private readonly now: () => Date = () => new Date()) {}

  list(): Promise<Template[]> {
    return guardStorage(async () =>
      (await this.db.templates.toArray()).sort((a, b) => a.name.localeCompare(b.name)),
    );
  }

  get(id: string): Promise<Template | undefined> {
    return guardStorage(() => this.db.templates.get(id));
  }

  /** Creates (no id or unknown id) or replaces a template; keeps createdAt, stamps updatedAt. */
  save(input: TemplateInput): Promise<Template> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.templates, async () => {
        const at = this.now().toISOString();
        const existing = input.id ? await this.db.templates.get(input.id) : undefined;
        const template: Template = {
          ...input,
          id: input.id ?? globalThis.crypto.randomUUID(),
          createdAt: existing?.createdAt ?? at,
          updatedAt: at,
        };
        await this.db.templates.put(template);
        return template;
      }),
    );
  }

  /** Deletes a template, and its attachment when no other template uses it, together. */
  remove(id: string): Promise<void> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.templates, this.db.attachments, async () => {
        const existing = await this.db.templates.get(id);
        const attachmentId = existing?.attachmentId;
        if (attachmentId) {
          const shared = await this.db.templates.filter((t) => t.id !== id && t.attachmentId === attachmentId).count();
          if (shared === 0) await this.db.attachments.delete(attachmentId);
        }
        await this.db.templates.delete(id);
      }),
    );
  }
}
