/** CSS of the thread panels (inside each panel's shadow root only). */
export const PANEL_CSS = `
:host { display: block; }
html, body { display: block; margin: 0; padding: 0; }
* { box-sizing: border-box; }
.card { background: #fff; border: 1px solid #e3e6ea; border-radius: 10px; box-shadow: 0 6px 18px rgba(15, 23, 42, .10), 0 1px 2px rgba(15, 23, 42, .06);
  font: 12px/1.45 var(--si-font); color: #1f2937; overflow: hidden; }
.head { display: flex; align-items: center; gap: 8px; padding: 8px 12px; background: #f8fafc; border-bottom: 1px solid #eef0f3; }
.head h2 { margin: 0; font-size: 12px; font-weight: 700; letter-spacing: .02em; text-transform: uppercase; color: #475569; }
.head .grow { flex: 1; }
.icon-btn { border: 0; background: transparent; color: #64748b; cursor: pointer; padding: 2px 4px; border-radius: 4px; font: inherit; line-height: 1; }
.icon-btn:hover { background: #e2e8f0; color: #0f172a; }
.body { padding: 10px 12px 12px; display: flex; flex-direction: column; gap: 10px; }
.muted { color: #64748b; }
.small { font-size: 11px; }
.mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 11.5px; }
a { color: #0b65c2; text-decoration: none; }
a:hover { text-decoration: underline; }
.row { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; }
.spread { display: flex; align-items: baseline; justify-content: space-between; gap: 8px; }
.chip { display: inline-flex; align-items: center; gap: 3px; padding: 1px 7px; border-radius: 999px; font-size: 11px; font-weight: 600;
  background: #f1f5f9; color: #334155; border: 1px solid #e2e8f0; white-space: nowrap; }
.chip.green { background: #ecfdf5; color: #047857; border-color: #a7f3d0; }
.chip.amber { background: #fffbeb; color: #b45309; border-color: #fde68a; }
.chip.red { background: #fef2f2; color: #b91c1c; border-color: #fecaca; }
.chip.blue { background: #eff6ff; color: #1d4ed8; border-color: #bfdbfe; }
.chip.violet { background: #f5f3ff; color: #6d28d9; border-color: #ddd6fe; }
.chip.slate { background: #f8fafc; color: #475569; }
.section { display: flex; flex-direction: column; gap: 6px; }
.section > h3 { margin: 0; font-size: 11px; font-weight: 700; color: #64748b; text-transform: uppercase; letter-spacing: .04em;
  display: flex; gap: 6px; align-items: center; }
.section > h3 .count { font-weight: 600; color: #94a3b8; }
.section > h3 .chip { text-transform: none; letter-spacing: 0; }
.dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0; }
.dl dt { color: #64748b; }
.dl dd { margin: 0; font-variant-numeric: tabular-nums; }
.item { display: grid; grid-template-columns: 44px 1fr; gap: 8px; align-items: start; }
.item img, .item .noimg { width: 44px; height: 44px; border-radius: 6px; border: 1px solid #e5e7eb; object-fit: cover; background: #f8fafc; }
.item .title { font-weight: 600; color: #0f172a; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.item .title a { color: inherit; }
.item .title a:hover { color: #0b65c2; }
.list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; }
.list > li { padding: 6px 0; border-top: 1px solid #f1f5f9; }
.list > li:first-child { border-top: 0; padding-top: 0; }
.tabs { display: flex; gap: 4px; flex-wrap: wrap; }
.tab { border: 1px solid #e2e8f0; background: #fff; border-radius: 6px; padding: 2px 8px; font: inherit; font-size: 11.5px; cursor: pointer; color: #334155; }
.tab[aria-selected="true"] { background: #0f766e; border-color: #0f766e; color: #fff; }
.note { padding: 8px 10px; border-radius: 8px; background: #f8fafc; border: 1px dashed #cbd5e1; color: #475569; }
.note.warn { background: #fffbeb; border: 1px solid #fde68a; color: #92400e; }
.prov { font-size: 10.5px; color: #94a3b8; }
.stars { color: #f59e0b; letter-spacing: 1px; font-size: 12px; }
.stars.neg { color: #dc2626; }
.btn { border: 1px solid #cbd5e1; background: #fff; border-radius: 6px; padding: 2px 9px; font: inherit; cursor: pointer; color: #0f172a; }
.btn:hover { background: #f1f5f9; }
.skeleton { height: 10px; border-radius: 4px; background: linear-gradient(90deg, #f1f5f9, #e2e8f0, #f1f5f9); background-size: 200% 100%;
  animation: si-shimmer 1.2s infinite linear; }
@keyframes si-shimmer { from { background-position: 200% 0; } to { background-position: -200% 0; } }
.matched { font-size: 10.5px; color: #64748b; border: 1px solid #e2e8f0; border-radius: 4px; padding: 0 4px; white-space: nowrap; }
.comment { color: #334155; overflow-wrap: anywhere; }
.money { font-weight: 700; font-variant-numeric: tabular-nums; }
`;
