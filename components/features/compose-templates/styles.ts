/** The picker's CSS (inside its shadow root only). */
import { POLICY_CSS } from '../compose-shared/PolicyView';

export const PICKER_CSS = `
.wrap { position: relative; display: inline-block; vertical-align: middle; font: 13px/1.4 var(--si-font, system-ui, sans-serif); color: #1f2937; }
.open-btn { display: inline-flex; align-items: center; gap: 6px; font: inherit; font-size: 13px; font-weight: 600; color: #0f4c81;
  background: #eef6ff; border: 1px solid #bfdbfe; border-radius: 6px; padding: 5px 8px 5px 9px; cursor: pointer; line-height: 1.2; }
.open-btn:hover { background: #dbeafe; }
.open-btn:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.open-btn[aria-expanded="true"] { background: #dbeafe; border-color: #93c5fd; }
.kbd { font-size: 10.5px; font-weight: 600; color: #1e40af; background: #fff; border: 1px solid #bfdbfe; border-radius: 4px; padding: 0 4px; }
.pop { position: absolute; z-index: 2147483000; top: calc(100% + 6px); left: 0; max-width: calc(100vw - 24px); min-width: 560px;
  box-sizing: border-box; background: #fff; border: 1px solid #d1d5db; border-radius: 10px;
  box-shadow: 0 12px 32px #0f172a29, 0 2px 6px #0f172a14; display: flex; flex-direction: column; overflow: hidden; }
.pop.up { top: auto; bottom: calc(100% + 6px); }
.head { display: flex; align-items: center; gap: 8px; padding: 10px 12px; border-bottom: 1px solid #e5e7eb; }
.search-ico { color: #6b7280; flex: none; }
.search { flex: 1; min-width: 0; font: inherit; font-size: 14px; border: 0; outline: none; padding: 2px 0; background: transparent; color: inherit; }
.search::-webkit-search-cancel-button { cursor: pointer; }
.cat-chip { flex: none; font-size: 11.5px; font-weight: 600; color: #3730a3; background: #eef2ff; border-radius: 999px; padding: 2px 9px; }
.body { display: grid; grid-template-columns: minmax(200px, 38%) 1fr; height: 330px; min-height: 0; flex: 0 1 auto; }
.list { list-style: none; margin: 0; padding: 6px; overflow-y: auto; border-right: 1px solid #e5e7eb; background: #f9fafb; }
.section { font-size: 10.5px; font-weight: 700; letter-spacing: .05em; text-transform: uppercase; color: #6b7280; padding: 8px 8px 4px; }
.row { display: flex; flex-direction: column; gap: 2px; padding: 7px 9px; border-radius: 6px; cursor: pointer; }
.row:hover { background: #f1f5f9; }
.row.active { background: #2563eb; color: #fff; }
.row-name { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.row-meta { display: flex; gap: 4px; align-items: center; min-height: 0; }
.row-meta:empty { display: none; }
.tag, .lang { font-size: 10.5px; color: #4b5563; background: #e5e7eb; border-radius: 4px; padding: 0 5px; }
.lang { background: transparent; border: 1px solid #d1d5db; }
.lang.fallback { border-color: #f59e0b; color: #92400e; }
.row.active .tag { background: #ffffff33; color: #fff; }
.row.active .lang { color: #fff; border-color: #ffffff80; }
.empty, .more { color: #6b7280; padding: 10px; font-size: 12.5px; }
.preview { overflow-y: auto; padding: 12px 14px; display: flex; flex-direction: column; gap: 9px; min-width: 0; }
.pv-head { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.pv-title { font-weight: 700; font-size: 13.5px; margin-right: auto; }
.pv-lang { font-size: 11px; color: #4b5563; border: 1px solid #d1d5db; border-radius: 999px; padding: 1px 8px; }
.pv-lang.fallback { border-color: #f59e0b; color: #92400e; background: #fffbeb; }
.values { display: flex; flex-wrap: wrap; gap: 6px; }
.val { font-size: 11.5px; background: #f3f4f6; border-radius: 4px; padding: 1px 6px; max-width: 100%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.val-k { color: #6b7280; }
.val.none { color: #92400e; background: #fffbeb; }
.pv-text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 13px; line-height: 1.55; border: 1px solid #e5e7eb; border-radius: 8px; padding: 10px 12px; background: #fff; }
.pv-tr { margin-top: 6px; font-size: 12px; color: #475569; }
.pv-tr-out { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 13px; line-height: 1.55; padding: 8px 12px; border-left: 3px solid #14b8a6; background: #f0fdfa; border-radius: 0 8px 8px 0; color: #1f2937; }
.pv-tr-meta { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-top: 2px; }
.pv-tr-link { font: inherit; font-weight: 600; border: 0; background: transparent; padding: 0 2px; color: #0f766e; text-decoration: underline; cursor: pointer; }
.pv-tr-link:disabled { color: #94a3b8; cursor: default; }
.pv-tr-warn { color: #b45309; }
.pv-text.broken { color: #991b1b; background: #fef2f2; border-color: #fecaca; }
.v-filled { background: #eff6ff; box-shadow: inset 0 -1px 0 #93c5fd; border-radius: 2px; }
.v-missing { background: #fef3c7; color: #92400e; font-weight: 600; border-radius: 3px; outline: 1px dashed #f59e0b; }
.hit-warn { text-decoration: underline wavy #d97706; text-underline-offset: 3px; background: #fffbeb; }
.hit-block { text-decoration: underline wavy #dc2626; text-underline-offset: 3px; background: #fee2e2; }
.missing-note { font-size: 12px; color: #92400e; }
.pv-empty { color: #6b7280; margin: auto; text-align: center; }
.foot { display: flex; align-items: center; gap: 10px; padding: 8px 12px; border-top: 1px solid #e5e7eb; background: #fff; }
.foot.confirm { background: #fffbeb; border-top-color: #fcd34d; }
.foot.refused { background: #fef2f2; border-top-color: #fca5a5; }
.foot-msg { font-size: 12.5px; flex: 1; min-width: 0; }
.foot.confirm .foot-msg { color: #92400e; }
.foot.refused .foot-msg { color: #991b1b; font-weight: 600; }
.hints { flex: 1; color: #6b7280; font-size: 12px; }
kbd { font: 600 10.5px/1 var(--si-font, system-ui, sans-serif); border: 1px solid #d1d5db; border-bottom-width: 2px; border-radius: 4px; padding: 2px 5px; background: #f9fafb; color: #374151; margin-right: 2px; }
.foot-actions { display: flex; gap: 8px; flex: none; }
.btn { font: inherit; font-size: 12.5px; font-weight: 600; border-radius: 6px; padding: 6px 12px; cursor: pointer; border: 1px solid #d1d5db; background: #fff; color: #1f2937; }
.btn:hover { background: #f3f4f6; }
.btn.primary { background: #2563eb; border-color: #2563eb; color: #fff; }
.btn.primary:hover { background: #1d4ed8; }
.btn.primary.warn { background: #d97706; border-color: #d97706; }
.btn:disabled { opacity: .45; cursor: not-allowed; }
.btn:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
${POLICY_CSS}
`;
