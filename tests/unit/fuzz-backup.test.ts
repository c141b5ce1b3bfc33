/**
 * Generated bad backups: an exported backup of a filled store, damaged as text and as structure, through
 * parseBackup and through `backup/preview` / `backup/import` on a fake-indexeddb store. Every problem says
 * where (a path into the file, or line and column of broken JSON); a rejected import, and every preview, leave
 * the store exactly as it was; an accepted import makes the store hold the file (replace) or include it (merge).
 */
import { canonicalRow, createBackup, parseBackup, rowKey, serializeBackup, BACKUP_TABLE_NAMES, type BackupData } from '../../lib/backup';
import { createRepositories, openDatabase, type Repositories } from '../../lib/db';
import { isErrorResponse } from '../../lib/protocol/define';
import { createHandlers, storageErrorCode } from '../../lib/protocol/handlers';
import { createRegistry, createRouter, type Router } from '../../lib/protocol/router';
import { caseLabel, mutateText, Rng, Tally } from '../fuzz/prng';
import { mutateMessage, validMessages } from '../fuzz/protocol-gen';
import { positionProblems } from '../fuzz/positions';

const SEED = 0xbac0;
const CASES = 1200;
/** every third case also goes through the router and the store (the slow part) */
const STORE_EVERY = 4;
const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const own = { id: EXT, url: `chrome-extension://${EXT}/options.html` };
const NOW = new Date('2026-11-02T12:00:00.000Z');
const JSON_AT = /^not valid JSON: line (\d+), column (\d+): \S/;
const SAYS_WHERE = /^(format|version|schemaVersion|exportedAt|data|file)((\.[^\s:]+)|(\[\d+\]))*: \S/;

const tally = new Tally();
afterAll(() => tally.print('backup (parseBackup, then backup/preview or backup/import)'));

let repos: Repositories;
let router: Router;
let baseText = '';

async function snapshot(): Promise<string> {
  const { db } = repos;
  const rows = await db.transaction('r', db.tables, () => Promise.all(db.tables.map((t) => t.toArray())));
  const out = Object.fromEntries(db.tables.map((t, i) => [t.name, rows[i]]));
  return JSON.stringify(out, (_k, val: unknown) => (val instanceof Blob ? `Blob(${val.size}, ${val.type})` : val));
}

async function exported(): Promise<BackupData> {
  const res = await router({ type: 'backup/export' }, own) as { json: string };
  const parsed = parseBackup(res.json, repos.db.verno);
  if (!parsed.ok) throw new Error(`export does not parse: ${parsed.errors.join('; ')}`);
  return parsed.file.data;
}

beforeAll(async () => {
  repos = createRepositories(await openDatabase(`fuzz-backup-${crypto.randomUUID()}`), () => NOW);
  router = createRouter(createRegistry(createHandlers({ repos, now: () => NOW, version: '1' })), {
    extensionId: () => EXT, warn: () => {}, errorCodeOf: storageErrorCode,
  });
  // a small store (no starter templates: they make every snapshot and import heavy) with an attachment
  for (const m of validMessages(new Rng(SEED), 'fuzz-backup-import')) {
    if (m.type !== 'templates/list' && m.type !== 'templates/import') await router(m, own);
  }
  await router({ type: 'templates/save', template: { id: 'att', name: 'With file', bodies: { en: 'x' } }, attachment: { name: 'a.pdf', type: 'application/pdf', base64: 'JVBERi0xLjc=' } }, own);
  baseText = (await router({ type: 'backup/export' }, own) as { json: string }).json;
});
afterAll(() => repos.db.close());

describe('fuzz: backups (parseBackup + backup/preview + backup/import)', () => {
  it(`${CASES} damaged backup files`, async () => {
    const root = new Rng(SEED);
    const problems: string[] = [];
    let before = await snapshot();
    for (let i = 0; i < CASES; i++) {
      const r = root.fork(i);
      let text: string;
      const how = r.int(0, 9);
      if (how <= 4) {
        const obj = mutateMessage(r, JSON.parse(baseText) as Record<string, unknown>);
        text = JSON.stringify(obj) ?? 'undefined';
      } else if (how <= 8) {
        text = baseText;
        for (let k = r.int(1, 3); k > 0; k--) text = mutateText(r, text, ['{', '}', '[', ']', '"', ',', ':', 'null', '\\', '0', '-1', '"x"']);
      } else if (r.chance(0.5)) {
        text = baseText;
      } else {
        // attachment bytes: base64 that atob refuses (`A`, `AB=`) among valid ones (found by this suite, fixed in lib/backup)
        const obj = JSON.parse(baseText) as { data: { attachments: { data: string }[] } };
        for (const a of obj.data.attachments) a.data = r.pick(['A', 'AB=', 'AAAAA', 'JVBERi0xLjc'.slice(0, r.int(1, 11)), 'JVBERi0xLjc=']);
        text = JSON.stringify(obj);
      }
      const label = caseLabel(SEED, i, how <= 4 ? 'structure' : how <= 8 ? 'text' : 'exported or attachment data');

      let parsed: ReturnType<typeof parseBackup>;
      try {
        parsed = parseBackup(text, repos.db.verno);
      } catch (e) {
        problems.push(`${label}: parseBackup threw ${String(e)}`);
        continue;
      }
      if (parsed.ok) {
        const { data, exportedAt, schemaVersion } = parsed.file;
        const again = parseBackup(serializeBackup(createBackup(data, exportedAt, schemaVersion)), repos.db.verno);
        const canon = (d: BackupData) => BACKUP_TABLE_NAMES.map((t) => d[t].map(canonicalRow).join('\n')).join('\n--\n');
        if (!again.ok) problems.push(`${label}: accepted file, exported again, is refused: ${again.errors.slice(0, 2).join('; ')}`);
        else if (canon(again.file.data) !== canon(data)) problems.push(`${label}: accepted file does not round-trip`);
      } else {
        if (!parsed.errors.length) problems.push(`${label}: rejected without errors`);
        for (const e of parsed.errors) {
          const json = JSON_AT.exec(e);
          if (json) for (const p of positionProblems(text, { line: Number(json[1]), column: Number(json[2]) })) problems.push(`${label}: ${p}: ${e}`);
          else if (!SAYS_WHERE.test(e)) problems.push(`${label}: error does not say where: ${e.slice(0, 200)}`);
        }
      }

      tally.add(`parseBackup/${how <= 4 ? 'structure' : how <= 8 ? 'text' : 'exported or attachment data'}`, parsed.ok);
      if (i % STORE_EVERY !== 0 && how !== 9) continue;
      const mode = r.pick(['merge', 'replace'] as const);
      const type = r.chance(0.3) ? 'backup/preview' : 'backup/import';
      let res: unknown;
      try {
        res = await router({ type, json: text, mode }, own);
      } catch (e) {
        problems.push(`${label}: router threw ${String(e)}`);
        continue;
      }
      const rejected = isErrorResponse(res) || (res as { ok?: boolean }).ok === false;
      tally.add(`${type} ${mode}`, !rejected);
      if (rejected !== !parsed.ok) problems.push(`${label}: parseBackup ${parsed.ok ? 'accepted' : 'rejected'} but ${type} ${rejected ? 'rejected' : 'accepted'}: ${JSON.stringify(res).slice(0, 200)}`);
      if (isErrorResponse(res)) problems.push(`${label}: ${type} answered an error instead of errors: ${res.error.code} ${res.error.message.slice(0, 200)}`);
      const after = await snapshot();
      if ((rejected || type === 'backup/preview') && after !== before) problems.push(`${label}: ${type} ${rejected ? 'rejected' : 'preview'} but the store changed`);
      if (!rejected && type === 'backup/import' && parsed.ok) {
        const stored = await exported();
        for (const t of BACKUP_TABLE_NAMES) {
          const have = new Map(stored[t].map((row) => [rowKey(t, row), canonicalRow(row)]));
          const file = parsed.file.data[t];
          if (file.some((row) => have.get(rowKey(t, row)) !== canonicalRow(row))) problems.push(`${label}: after ${mode} import, ${t} does not hold the file's rows`);
          if (mode === 'replace' && have.size !== file.length) problems.push(`${label}: after replace, ${t} has ${have.size} rows, the file ${file.length}`);
        }
      }
      before = after;
    }
    expect(problems.slice(0, 20)).toEqual([]);
    expect(tally.total('parseBackup')).toBe(CASES);
  }, 120_000);
});
