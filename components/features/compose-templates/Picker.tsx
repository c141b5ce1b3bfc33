/**
 * The template picker: a button in the reply box's toolbar and a popover (`data-si="template-picker"`)
 * with a search field, the ranked list and a live preview rendered with the thread's real values, the
 * missing values flagged and the policy verdict (findings highlighted, each rule explained).
 * Keyboard: see keys.ts. Whether a template may go in: see gate.ts.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import type { Category } from '../../../lib/model';
import type { PickRow, TemplatePreview } from '../../../lib/protocol/handlers/compose';
import type { TemplateContext } from '../../../lib/templates/variables';
import { matchesShortcut, shortcutParts } from '../../ui/shortcut';
import { t } from '../../page/i18n';
import type { CheckResult } from '../compose-shared/check';
import { FindingsList, findingMessage, headline, VerdictBadge, type ShownVerdict } from '../compose-shared/PolicyView';
import type { ThreadValues } from './context';
import { insertionGate, type Gate } from './gate';
import { previewRuns } from './highlight';
import { firstPlaceholder, type TextRange } from './insert';
import { formatFileSize } from '../../../lib/seller-central/attachment-limits';
import { initialKeyState, pickerKey, pointTo, type PickerKeyState } from './keys';
import { isTrustedEvent, trusted } from '../../page/trusted';
import { templateErrorText, templateName, templateTag } from '../../i18n/template-text';
import { pageLocale } from '../../page/locale';
import { fitInViewport, type Placement } from './fit';
import { PreviewTranslation } from './PreviewTranslation';

/** Open/closed, shared by the toolbar button, the keyboard shortcut and the popover. */
export class PickerStore {
  /** @param beforeOpen runs just before the picker opens (the feature remembers the reply box's caret) */
  constructor(private readonly beforeOpen: () => void = () => undefined) {}
  private listeners = new Set<() => void>();
  private state = { open: false, seq: 0 };
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  get = () => this.state;
  private set(open: boolean): void {
    if (open === this.state.open) return;
    this.state = { open, seq: this.state.seq + (open ? 1 : 0) };
    for (const l of this.listeners) l();
  }
  open = () => {
    if (!this.state.open) this.beforeOpen();
    this.set(true);
  };
  close = () => this.set(false);
}

export interface InsertOutcome { ok: boolean; error?: string }

export interface PickList { rows: PickRow[]; total: number; templates: number; query?: string }

export interface PickerDeps {
  store: PickerStore;
  shortcut(): string;
  policyOn(): boolean;
  /** the thread's values from the page alone (synchronous, for the first render) */
  pageValues(): ThreadValues;
  /** the page's values completed from stored orders, with the buyer's category */
  loadThread(): Promise<ThreadValues>;
  /** the ranked list for a query (`templates/pick`; `session` is one opening of the picker) */
  search(session: string, query: string, marketplaceId: string, category: Category | undefined): Promise<PickList>;
  /** a template rendered with the thread's values, with its policy check (`templates/preview`) */
  preview(session: string, templateId: string, ctx: TemplateContext): Promise<TemplatePreview | undefined>;
  /** puts text into the reply box where its caret was when the picker opened; `select` is inside text */
  insert(text: string, select: TextRange | undefined, acknowledged: boolean): InsertOutcome;
  /** the template's file into the reply box's own attachment input, before its text goes in (attach.ts) */
  attach?(templateId: string): Promise<InsertOutcome>;
  /** Esc: back to the reply box, caret where it was */
  returnFocus(): void;
  /** width for the popover (the reply box's) */
  width(): number;
  guard<A extends unknown[]>(fn: (...args: A) => void | Promise<void>): (...args: A) => void;
}

const MAX_ROWS = 100;

const categoryLabel = (c: string): string => t(`tplCat_${c.replace(/-/g, '_')}`, c.replace(/-/g, ' '));
/** the page UI's catalog for starter template names and tags (components/i18n/template-text.ts) */
const nameLookup = (key: string): string => t(key, key);

const languageName = (l: string): string => {
  try {
    return new Intl.DisplayNames([pageLocale() === 'zh_CN' ? 'zh-CN' : 'en'], { type: 'language' }).of(l) ?? l;
  } catch {
    return l;
  }
};

export function ComposeTemplatesUi({ deps }: { deps: PickerDeps }) {
  const state = useSyncExternalStore(deps.store.subscribe, deps.store.get);
  const shortcut = deps.shortcut();
  return (
    <span className="wrap">
      <button type="button" className="open-btn" data-si="template-button" aria-haspopup="dialog" aria-expanded={state.open}
        title={t('composePickerOpenTitle', 'Insert a template ($1)', [shortcut])}
        onClick={() => (state.open ? deps.store.close() : deps.store.open())}>
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true"><path fill="currentColor" d="M3 1.5h7l3 3v10H3zM4.5 3v10h7V5.5H9V3zM6 7h4v1H6zm0 2h4v1H6z"/></svg>
        {t('composePickerButton', 'Templates')}
        <span className="kbd">{shortcutParts(shortcut, /Mac/.test(navigator.platform)).join('+')}</span>
      </button>
      {state.open && <Picker key={state.seq} deps={deps} />}
    </span>
  );
}

interface Selection { list: PickList | undefined; keys: PickerKeyState }

/**
 * New results: for the same query (the list was ranked again, e.g. once the thread's category is
 * known) the active template stays active; for a new query the first one is.
 */
function carryOver(sel: Selection, list: PickList | undefined): PickerKeyState {
  const count = list?.rows.length ?? 0;
  const id = sel.list && sel.keys.active >= 0 ? sel.list.rows[sel.keys.active]?.id : undefined;
  const at = id !== undefined && sel.list?.query === list?.query ? (list?.rows.findIndex((r) => r.id === id) ?? -1) : -1;
  return at >= 0 ? { ...sel.keys, active: at, count } : initialKeyState(count);
}
interface Shown { key: string; preview: TemplatePreview | undefined }

function Picker({ deps }: { deps: PickerDeps }) {
  const [session] = useState(() => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);
  const [thread, setThread] = useState<ThreadValues>(() => deps.pageValues());
  const [query, setQuery] = useState('');
  const [list, setList] = useState<PickList | undefined>();
  const [loadError, setLoadError] = useState(false);
  const [shown, setShown] = useState<Shown | undefined>();
  const [refusal, setRefusal] = useState<string | undefined>();
  const [asked, setConfirm] = useState<Extract<Gate, { kind: 'confirm' }> | undefined>();
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // inside the viewport: below the button, or above it on a short page (fit.ts)
  const popRef = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<Placement | undefined>(undefined);
  useLayoutEffect(() => {
    const pop = popRef.current;
    const button = (pop?.parentElement ?? pop)?.getBoundingClientRect();
    if (!pop || !button) return;
    const fit = fitInViewport(button, pop.scrollHeight, window.innerHeight);
    setPlace((p) => (p && p.up === fit.up && p.maxHeight === fit.maxHeight ? p : fit));
  }, []);
  const policyOn = deps.policyOn();

  useEffect(() => {
    let live = true;
    deps.loadThread().then((v) => { if (live) setThread(v); }, () => undefined);
    inputRef.current?.focus();
    return () => { live = false; };
  }, [deps]);

  // close on a click outside our UI (the page keeps the click)
  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      const root = inputRef.current?.getRootNode();
      if (root instanceof ShadowRoot && !e.composedPath().includes(root.host)) deps.store.close();
    };
    window.addEventListener('pointerdown', onDown, true);
    return () => window.removeEventListener('pointerdown', onDown, true);
  }, [deps]);

  // the list: asked again on every keystroke and when the thread's category becomes known
  const { marketplaceId } = thread.ctx;
  const { category } = thread;
  useEffect(() => {
    let live = true;
    deps.search(session, query, marketplaceId, category).then((l) => { if (live) setList({ ...l, query }); }, (e: unknown) => {
      console.warn('[seller-inbox:compose-templates] templates/pick failed:', e);
      if (live) setLoadError(true);
    });
    return () => { live = false; };
  }, [deps, session, query, marketplaceId, category]);

  const [sel, setSel] = useState<Selection>({ list, keys: initialKeyState(list?.rows.length ?? 0) });
  const keys = sel.list === list ? sel.keys : carryOver(sel, list);
  const setKeys = (k: PickerKeyState) => setSel({ list, keys: k });
  const row: PickRow | undefined = list && keys.active >= 0 ? list.rows[keys.active] : undefined;

  // the preview of the active row, rendered with this thread's values
  const ctxKey = useMemo(() => JSON.stringify(thread.ctx), [thread.ctx]);
  const wanted = row ? `${row.id}|${ctxKey}` : '';
  const rowId = row?.id;
  const confirm = keys.phase === 'confirm' ? asked : undefined;
  useEffect(() => {
    if (!rowId) return;
    let live = true;
    const key = `${rowId}|${ctxKey}`;
    deps.preview(session, rowId, thread.ctx).then((p) => { if (live) setShown({ key, preview: p }); }, () => undefined);
    return () => { live = false; };
  }, [deps, session, rowId, ctxKey, thread.ctx]);
  const fresh = shown && shown.key === wanted ? shown.preview : undefined;
  const preview = fresh ?? shown?.preview;
  const stale = !fresh;

  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [keys.active]);

  const gateFor = (p: TemplatePreview | undefined): Gate => insertionGate({
    verdict: p?.check.verdict, findings: p?.check.findings ?? [], missing: p?.render.missing ?? [], policyOn,
    broken: !!p && (p.render.errors.length > 0 || !p.render.text.trim()),
  });

  const doInsert = deps.guard(async (p: TemplatePreview, g: Extract<Gate, { kind: 'confirm' | 'insert' }>) => {
    if (p.attachment && deps.attach) {
      const attached = await deps.attach(p.id).catch((): InsertOutcome => ({ ok: false, error: t('composeLoadFailed', 'Templates could not be loaded. Reload the page and try again.') }));
      if (!attached.ok) { setRefusal(attached.error); setConfirm(undefined); return; }
    }
    const select = firstPlaceholder(p.render.text, p.placeholders);
    const out = deps.insert(p.render.text, select, g.kind === 'confirm' && g.missing.length === 0);
    if (out.ok) deps.store.close();
    else setRefusal(out.error ?? t('composeInsertFailed', 'The reply box did not take the text.'));
  });

  const requestInsert = deps.guard(async () => {
    if (!row) return;
    setRefusal(undefined);
    const p = fresh ?? await deps.preview(session, row.id, thread.ctx).catch(() => undefined);
    if (!p) {
      setRefusal(t('composeLoadFailed', 'Templates could not be loaded. Reload the page and try again.'));
      return;
    }
    const g = gateFor(p);
    if (g.kind === 'refuse') {
      setRefusal(t('composeRefused', 'Can’t insert: $1', [findingMessage(g.finding)]));
      setConfirm(undefined);
    } else if (g.kind === 'confirm') {
      setConfirm(g);
      setKeys({ ...keys, phase: 'confirm' });
    } else if (g.kind === 'insert') {
      doInsert(p, g);
    }
  });

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (matchesShortcut(e.nativeEvent, deps.shortcut())) {
      e.preventDefault();
      deps.store.close();
      deps.returnFocus();
      return;
    }
    if (e.nativeEvent.isComposing) return;
    const r = pickerKey(keys, e.key);
    if (!r.handled) return;
    e.preventDefault();
    e.stopPropagation();
    setKeys(r.state);
    if (r.state.phase === 'browse') setConfirm(undefined);
    if (r.effect === 'close') {
      deps.store.close();
      deps.returnFocus();
    } else if (r.effect === 'request-insert' && isTrustedEvent(e)) {
      requestInsert();
    } else if (r.effect === 'confirm-insert' && confirm && preview && isTrustedEvent(e)) {
      doInsert(preview, confirm);
    }
  };

  const check: CheckResult | undefined = fresh ? { ...fresh.check, text: fresh.render.text } : undefined;
  const verdict: ShownVerdict = check ? check.verdict : 'pending';
  const render = preview?.render;
  const runs = render ? previewRuns(render.segments, fresh ? fresh.check.findings : []) : [];
  const gate = fresh ? gateFor(fresh) : undefined;
  const rows = list?.rows ?? [];
  const showSections = !query.trim() && !!rows[0]?.inCategory;
  const values: Array<[string, string | undefined]> = [
    [t('composeValueBuyer', 'Buyer'), thread.ctx.buyerName],
    [t('composeValueOrder', 'Order'), thread.ctx.orderId],
    [t('composeValueProduct', 'Product'), thread.ctx.items[0]?.title],
  ];

  return (
    <div ref={popRef} className={`pop${place?.up ? ' up' : ''}`} data-si="template-picker" role="dialog" aria-label={t('composePickerTitle', 'Insert a template')}
      style={{ width: deps.width(), ...(place ? { maxHeight: place.maxHeight } : {}) }} onKeyDown={onKeyDown}>
      <div className="head">
        <svg className="search-ico" width="15" height="15" viewBox="0 0 16 16" aria-hidden="true"><path fill="currentColor" d="M6.5 1a5.5 5.5 0 0 1 4.4 8.8l3.6 3.6-1.1 1.1-3.6-3.6A5.5 5.5 0 1 1 6.5 1m0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8"/></svg>
        <input ref={inputRef} className="search" type="search" value={query} placeholder={t('composeSearchPlaceholder', 'Search templates by name, tag or text')}
          aria-label={t('composeSearchLabel', 'Search templates')} aria-controls="si-tpl-list" aria-activedescendant={keys.active >= 0 ? `si-tpl-${keys.active}` : undefined}
          role="combobox" aria-expanded="true" autoComplete="off" spellCheck={false}
          onChange={(e) => { setQuery(e.currentTarget.value); setRefusal(undefined); setConfirm(undefined); }} />
        {thread.category && (
          <span className="cat-chip" title={t('composeCategoryTitle', 'What the buyer’s last message is about')}>
            {categoryLabel(thread.category)}
          </span>
        )}
      </div>
      <div className="body">
        <ul ref={listRef} id="si-tpl-list" className="list" role="listbox" aria-label={t('composeListLabel', 'Templates')}>
          {!list && <li className="empty">{loadError
            ? t('composeLoadFailed', 'Templates could not be loaded. Reload the page and try again.')
            : t('composeLoading', 'Loading templates…')}</li>}
          {list && rows.length === 0 && (
            <li className="empty">{list.templates === 0
              ? t('composeNoTemplates', 'No templates yet. Add them in the Seller Inbox options.')
              : t('composeNoMatch', 'No template matches “$1”.', [query.trim()])}</li>
          )}
          {rows.map((e, pos) => [
            showSections && pos === 0 && <li key="h1" className="section" role="presentation">{t('composeSuggested', 'Suggested for this message')}</li>,
            showSections && !e.inCategory && rows[pos - 1]?.inCategory && (
              <li key="h2" className="section" role="presentation">{t('composeAllTemplates', 'All templates')}</li>
            ),
            <li key={e.id} id={`si-tpl-${pos}`} role="option" aria-selected={pos === keys.active}
              className={`row${pos === keys.active ? ' active' : ''}`} data-template-id={e.id}
              onMouseDown={(ev) => ev.preventDefault()}
              onClick={() => { setKeys(pointTo(keys, pos)); setConfirm(undefined); setRefusal(undefined); inputRef.current?.focus(); }}
              onDoubleClick={() => requestInsert()}>
              <span className="row-name">{templateName(nameLookup, e)}</span>
              <span className="row-meta">
                {e.tags.filter((tag) => tag !== 'starter').slice(0, 2).map((tag) => <span key={tag} className="tag">{templateTag(nameLookup, e, tag)}</span>)}
                {e.language && e.fallback && <span className="lang fallback" title={t('composeLangFallback', 'No body in the marketplace’s language: this one is used')}>{languageName(e.language)}</span>}
              </span>
            </li>,
          ])}
          {list && list.total > MAX_ROWS && <li className="more" role="presentation">{t('composeMore', '$1 more: keep typing to narrow down', [String(list.total - MAX_ROWS)])}</li>}
        </ul>
        <section className={`preview${stale ? ' stale' : ''}`} aria-label={t('composePreviewLabel', 'Preview')} aria-live="polite" aria-busy={stale}>
          {preview && render ? (
            <>
              <div className="pv-head">
                <span className="pv-title">{templateName(nameLookup, preview)}</span>
                {preview.language && (
                  <span className={`pv-lang${preview.fallback ? ' fallback' : ''}`} title={preview.fallback ? t('composeLangFallback', 'No body in the marketplace’s language: this one is used') : undefined}>
                    {languageName(preview.language)}
                  </span>
                )}
                {policyOn && <VerdictBadge verdict={verdict} findings={check?.findings ?? []} />}
              </div>
              <div className="values">
                {values.map(([label, value]) => (
                  <span key={label} className={`val${value ? '' : ' none'}`}><span className="val-k">{label}</span> {value ?? '—'}</span>
                ))}
              </div>
              {render.errors.length > 0 ? (
                <div className="pv-text broken">{t('composeBroken', 'This template cannot be used: $1', [render.errors[0] ? templateErrorText((k, subs) => t(k, k, subs), render.errors[0]) : ''])}</div>
              ) : (
                <div className="pv-text" data-si="template-preview">
                  {runs.map((r, k) => (
                    <span key={k} className={[r.variable && (r.missing ? 'v-missing' : 'v-filled'), r.severity && `hit hit-${r.severity}`].filter(Boolean).join(' ') || undefined}
                      title={r.missing ? t('composeMissingTitle', 'No value for this thread: $1', [r.variable ?? '']) : r.rules?.join(', ')}
                      data-variable={r.variable}>{r.text}</span>
                  ))}
                </div>
              )}
              {render.errors.length === 0 && <PreviewTranslation text={render.text} language={preview.language} />}
              {preview.attachment && (
                <div className="values" data-si="template-attachment">
                  {t('composeAttachmentGoes', 'Goes with it: $1 ($2)', [preview.attachment.name, formatFileSize(preview.attachment.size)])}
                </div>
              )}
              {render.missing.length > 0 && (
                <div className="missing-note" data-si="template-missing">
                  {t('composeMissing', 'No value for: $1', [render.missing.map((m) => m.replace(/_/g, ' ')).join(', ')])}
                </div>
              )}
              {policyOn && check && check.findings.length > 0 && <FindingsList check={check} />}
            </>
          ) : (
            <div className="pv-empty">{t('composePreviewEmpty', 'Pick a template to see it with this conversation’s details.')}</div>
          )}
        </section>
      </div>
      <div className={`foot${refusal ? ' refused' : confirm ? ' confirm' : ''}`} data-si="picker-footer">
        {refusal ? (
          <span className="foot-msg" role="alert">{refusal}</span>
        ) : confirm ? (
          <span className="foot-msg" role="alert">{confirmText(confirm)}</span>
        ) : (
          <span className="hints">
            <kbd>↑</kbd><kbd>↓</kbd> {t('composeHintMove', 'choose')} · <kbd>Enter</kbd> {t('composeHintInsert', 'insert')} · <kbd>Esc</kbd> {t('composeHintClose', 'close')}
          </span>
        )}
        <span className="foot-actions">
          {confirm ? (
            <>
              <button type="button" className="btn" onClick={() => { setConfirm(undefined); setKeys({ ...keys, phase: 'browse' }); inputRef.current?.focus(); }}>
                {t('composeBack', 'Back')}
              </button>
              <button type="button" className="btn primary warn" data-si="picker-confirm" onClick={trusted(() => preview && doInsert(preview, confirm))}>
                {confirm.missing.length > 0 && confirm.warnings.length === 0 ? t('composeInsertPlaceholders', 'Insert with placeholders') : t('composeInsertAnyway', 'Insert anyway')}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="btn" onClick={() => { deps.store.close(); deps.returnFocus(); }}>{t('composeCancel', 'Cancel')}</button>
              <button type="button" className="btn primary" data-si="picker-insert" disabled={!row || gate?.kind === 'refuse' || gate?.kind === 'broken'}
                title={gate?.kind === 'refuse' ? findingMessage(gate.finding) : undefined} onClick={trusted(() => requestInsert())}>
                {t('composeInsert', 'Insert')}
              </button>
            </>
          )}
        </span>
      </div>
    </div>
  );
}

function confirmText(g: Extract<Gate, { kind: 'confirm' }>): string {
  const parts: string[] = [];
  if (g.warnings.length > 0) parts.push(t('composeConfirmWarn', 'Check: $1.', [[...new Set(g.warnings.map(headline))].join(', ')]));
  if (g.missing.length > 0) {
    parts.push(t('composeConfirmMissing', 'No value for $1: it goes in as a placeholder, selected for you to fill in.',
      [g.missing.map((m) => m.replace(/_/g, ' ')).join(', ')]));
  }
  return `${parts.join(' ')} ${t('composeConfirmQ', 'Insert? (Enter)')}`;
}

