/**
 * Handlers for templates (options page): list (puts the starter templates in on first run), save with
 * validation and an optional attachment, remove, import and export of the templates file.
 * The starters' texts come from `deps.starterTemplates` (the background reads a package file, not part of its
 * script): read only when a starter is to be put in; when they cannot be read, the list comes without them, the
 * console says why, and the next listing tries again.
 */
import type { Attachment, Template } from '../../model';
import { guardStorage } from '../../db/errors';
import {
  exportTemplatesFile, MAX_ATTACHMENT_BYTES, normalizeDraft, parseTemplatesFile, templateProblems, type AttachmentInfo,
} from '../../templates/import-export';
import { STARTER_IDS } from '../../templates/starters/templates';
import { HandlerError } from '../define';
import type { Loaded } from '../../package-file';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

type TemplateHandlers = Pick<Handlers, 'templates/list' | 'templates/save' | 'templates/remove' | 'templates/import' | 'templates/export'>;

const SEEDED = 'templatesSeeded';
/** ids of the starters already given to this install (each goes in once) */
const SEEDED_IDS = 'templatesSeededIds';
/** starters added after the first release: existing installs that were seeded before get them once */
const LATER_STARTERS: ReadonlySet<string> = new Set(['starter-away-message']);

const info = ({ id, name, type, size }: Attachment): AttachmentInfo => ({ id, name, type, size });

/** Standard base64 to bytes (atob exists in service workers, pages and Node). */
export function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

const byName = (a: Template, b: Template) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1);

export function templateHandlers({ repos, now, starterTemplates }: HandlerDeps): TemplateHandlers {
  const { db } = repos;
  const newId = () => globalThis.crypto.randomUUID();

  /**
   * First run: the starters go in once; deleting them all later does not bring them back. A starter added
   * in a later version (the away message) goes in once for existing installs too.
   */
  const seed = (starters: readonly Template[]) =>
    guardStorage(() =>
      db.transaction('rw', db.templates, db.settings, async () => {
        const seeded = (await db.settings.get(SEEDED))?.value === true;
        const given = (await db.settings.get(SEEDED_IDS))?.value;
        const allIds = starters.map((t) => t.id);
        if (!seeded && (await db.templates.count()) === 0) {
          await db.templates.bulkPut(starters.map((t) => structuredClone(t)));
        } else {
          const had = new Set(Array.isArray(given) ? given as string[] : seeded ? allIds.filter((id) => !LATER_STARTERS.has(id)) : allIds);
          const added = starters.filter((t) => !had.has(t.id));
          const existing = await db.templates.bulkGet(added.map((t) => t.id));
          await db.templates.bulkPut(added.filter((_, i) => !existing[i]).map((t) => structuredClone(t)));
        }
        await db.settings.put({ key: SEEDED, value: true });
        await db.settings.put({ key: SEEDED_IDS, value: allIds });
      }),
    );

  return {
    'templates/list': async () => {
      const given = await guardStorage(() => db.settings.get(SEEDED_IDS));
      const known = new Set(Array.isArray(given?.value) ? given.value as string[] : []);
      if (STARTER_IDS.some((id) => !known.has(id))) {
        // read before the transaction (a fetch inside it would end it)
        const starters: Loaded<readonly Template[]> = await (starterTemplates?.() ?? Promise.resolve({ unavailable: 'no starter templates were given' }));
        if (starters.value) await seed(starters.value);
        else console.warn(`[seller-inbox] starter templates unavailable: ${starters.unavailable}`);
      }
      return guardStorage(async () => {
        const [templates, attachments] = await Promise.all([db.templates.toArray(), db.attachments.toArray()]);
        return { templates: templates.sort(byName), attachments: attachments.map(info) };
      });
    },

    'templates/save': async ({ template: input, attachment }) => {
      const draft = normalizeDraft(input);
      const problems = templateProblems(draft);
      if (problems.length) throw new HandlerError('invalid-request', problems.join('\n'));
      let file: Attachment | undefined;
      if (attachment) {
        const bytes = decodeBase64(attachment.base64);
        if (bytes.length > MAX_ATTACHMENT_BYTES) {
          throw new HandlerError('invalid-request', `attachment: ${attachment.name} is larger than 10 MB`);
        }
        const type = attachment.type || 'application/octet-stream';
        file = { id: newId(), name: attachment.name, type, size: bytes.length, data: new Blob([bytes], { type }) };
      }
      return guardStorage(() =>
        db.transaction('rw', db.templates, db.attachments, async () => {
          const at = now().toISOString();
          const existing = input.id ? await db.templates.get(input.id) : undefined;
          const oldAttachment = existing?.attachmentId;
          const attachmentId = attachment === undefined ? oldAttachment : file?.id;
          const template: Template = {
            ...draft,
            id: existing?.id ?? input.id ?? newId(),
            ...(attachmentId ? { attachmentId } : {}),
            ...(existing?.builtin ? { builtin: true } : {}),
            createdAt: existing?.createdAt ?? at,
            updatedAt: at,
          };
          if (file) await db.attachments.put(file);
          if (oldAttachment && oldAttachment !== attachmentId) {
            const shared = await db.templates.filter((t) => t.id !== template.id && t.attachmentId === oldAttachment).count();
            if (shared === 0) await db.attachments.delete(oldAttachment);
          }
          await db.templates.put(template);
          const stored = attachmentId ? await db.attachments.get(attachmentId) : undefined;
          return { template, attachment: stored ? info(stored) : null };
        }),
      );
    },

    'templates/remove': async ({ id }) => {
      const existed = (await repos.templates.get(id)) !== undefined;
      await repos.templates.remove(id);
      return { removed: existed };
    },

    'templates/import': async ({ json, mode }) => {
      const parsed = parseTemplatesFile(json, now);
      if (!parsed.ok) throw new HandlerError('invalid-request', parsed.errors.slice(0, 50).join('\n'));
      return guardStorage(() =>
        db.transaction('rw', db.templates, async () => {
          if (mode === 'copy') {
            const at = now().toISOString();
            await db.templates.bulkAdd(parsed.templates.map(({ builtin: _b, ...t }) => ({ ...t, id: newId(), createdAt: at, updatedAt: at })));
            return { added: parsed.templates.length, updated: 0 };
          }
          const stored = await db.templates.bulkGet(parsed.templates.map((t) => t.id));
          const records = parsed.templates.map((t, i) => {
            const attachmentId = stored[i]?.attachmentId;
            return attachmentId ? { ...t, attachmentId } : t;
          });
          await db.templates.bulkPut(records);
          const updated = stored.filter(Boolean).length;
          return { added: records.length - updated, updated };
        }),
      );
    },

    'templates/export': async ({ ids }) => {
      const all = await guardStorage(() => (ids ? db.templates.bulkGet(ids) : db.templates.toArray()));
      const templates = all.filter((t): t is Template => !!t);
      return { json: exportTemplatesFile(templates), count: templates.length };
    },
  };
}
