/**
 * The one stylesheet the inbox features put into the page's light DOM, for the plain-DOM nodes they
 * add to rows (deadline badges, category chips) and the row attributes they set (hidden by the
 * category filter, urgency order). Every rule is scoped by one of OUR attributes, so nothing else on
 * the page is affected. The rows of a list in urgency order are `content-visibility: auto`: at first load the rows out
 * of view are neither restyled nor laid out when we write their badge, chip and `order` (README, "Bench"). Known
 * cost: the containment clips what a row draws outside its box (no in-row menu is known on the v3 list); lifting it
 * on hover was tried and changed the row's layout under the pointer. Injected once, removed when the last feature
 * using it stops.
 */

export const STYLE_ID = 'seller-inbox-page-style';

// Latin fonts first, then CJK (a CJK font's quotes are full-width)
const FONT = '-apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", "Noto Sans", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/** category -> [background, text] */
export const CATEGORY_COLOURS: Readonly<Record<string, readonly [string, string]>> = {
  'where-is-my-order': ['#e0f2fe', '#075985'],
  'return-refund': ['#fce7f3', '#9d174d'],
  'cancel-order': ['#fee2e2', '#991b1b'],
  'address-change': ['#ede9fe', '#5b21b6'],
  'product-question': ['#e0e7ff', '#3730a3'],
  'product-issue': ['#ffedd5', '#9a3412'],
  'invoice': ['#ccfbf1', '#115e59'],
  'feedback-review': ['#fef9c3', '#854d0e'],
  'other': ['#f1f5f9', '#475569'],
};

const badge = '[data-si="deadline"]';
const chip = '[data-si="category"]';

export const PAGE_CSS = `
${badge}, ${chip} { all: unset; box-sizing: border-box; font: 600 11px/18px ${FONT}; white-space: nowrap;
  letter-spacing: .01em; cursor: default; -webkit-font-smoothing: antialiased; }
${badge} { display: block; width: fit-content; max-width: 100%; margin-top: 6px; padding: 0 8px 0 7px; border-radius: 9px;
  border: 1px solid transparent; font-variant-numeric: tabular-nums; white-space: normal; overflow-wrap: anywhere; }
${badge} > [data-si-part="amount"] { white-space: nowrap; }
${badge}::before { content: ""; display: inline-block; width: 6px; height: 6px; margin: 0 5px 1px 0;
  border-radius: 50%; background: currentColor; vertical-align: middle; }
${badge}[data-si-state="overdue"] { background: #fdecea; color: #b42318; border-color: #f4b8b1; }
${badge}[data-si-state="due-soon"] { background: #fff4dc; color: #8a4b00; border-color: #f2cf86; }
${badge}[data-si-state="on-time"] { background: #e8f5ec; color: #1d6b3a; border-color: #b8dfc4; }
${badge}[data-si-state="answered"], ${badge}[data-si-state="no-response-needed"],
${badge}[data-si-state="no-reply-expected"] { background: #f3f4f6; color: #6b7280; border-color: #e0e3e7; }
${badge}[data-si-state="answered"]::before, ${badge}[data-si-state="no-response-needed"]::before,
${badge}[data-si-state="no-reply-expected"]::before { background: #b6bcc5; }
${chip} { display: inline-block; width: fit-content; max-width: 100%; justify-self: start; margin: 0 6px 3px 0; padding: 0 6px; border-radius: 4px; font-size: 10.5px;
  line-height: 17px; vertical-align: 1px; }
${Object.entries(CATEGORY_COLOURS).map(([c, [bg, fg]]) => `${chip}[data-si-category="${c}"] { background: ${bg}; color: ${fg}; }`).join('\n')}
[data-si-urgency="grid"] { display: grid !important; grid-template-columns: repeat(var(--si-columns, 5), auto) !important; }
[data-si-urgency="column"] { display: grid !important; grid-template-columns: minmax(0, 1fr) !important; align-content: start !important; }
[data-si-urgency="column"] > :not([data-si]) { content-visibility: auto; contain-intrinsic-size: auto 117px; }
[data-si-urgency-rows] { display: contents !important; }
[data-si-urgency-rows] > * { display: grid !important; grid-column: 1 / -1 !important; grid-template-columns: subgrid !important; }
[data-si-urgency-item] { display: grid !important; grid-column: 1 / -1 !important; grid-template-columns: subgrid !important; }
[data-si-hidden], [data-si-urgency-rows] > [data-si-hidden] { display: none !important; }
`;

let users = 0;
/** copies of the stylesheet in the shadow roots that hold rows (the page's stylesheet cannot reach in there) */
const inRoots = new Map<ShadowRoot, HTMLStyleElement>();

/**
 * Rows inside shadow roots (each row in its own micro-frontend host): puts a copy of the stylesheet
 * into each of their roots once, so that badges and chips look the same there. Removed with the main one.
 */
export function styleRowRoots(rows: readonly { rowElement: Element }[]): void {
  const first = rows[0]?.rowElement;
  if (users <= 0 || !first || !(first.getRootNode() instanceof ShadowRoot)) return;
  for (const { rowElement } of rows) {
    const root = rowElement.getRootNode();
    if (!(root instanceof ShadowRoot) || inRoots.get(root)?.isConnected) continue;
    const style = rowElement.ownerDocument.createElement('style');
    style.setAttribute('data-si', 'page-style');
    style.textContent = PAGE_CSS;
    root.append(style);
    inRoots.set(root, style);
  }
}

/** Puts the stylesheet in (once) until `signal` aborts; the last user leaving removes it. */
export function addPageStyle(doc: Document, signal: AbortSignal): void {
  if (signal.aborted) return;
  users++;
  let style = doc.getElementById(STYLE_ID);
  if (!style) {
    style = doc.createElement('style');
    style.id = STYLE_ID;
    style.setAttribute('data-si', 'page-style');
    style.textContent = PAGE_CSS;
    (doc.head ?? doc.documentElement).append(style);
  }
  signal.addEventListener('abort', () => {
    users--;
    if (users <= 0) {
      users = 0;
      doc.getElementById(STYLE_ID)?.remove();
      for (const style of inRoots.values()) style.remove();
      inRoots.clear();
    }
  }, { once: true });
}
