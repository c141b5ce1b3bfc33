/** CSS of "write in 中文 / English" (inside its shadow root only). */
export const WRITE_CSS = `
:host { display: block; }
* { box-sizing: border-box; }
.w { font: 12.5px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2937; margin: 4px 0 6px; }
button { font: 600 11.5px/18px inherit; font-family: inherit; padding: 1px 9px; border: 1px solid #0f766e; border-radius: 9px; background: #f0fdfa;
  color: #0f766e; cursor: pointer; }
button:hover:not(:disabled) { background: #ccfbf1; }
button:disabled { border-color: #cbd5e1; color: #64748b; background: #f8fafc; cursor: not-allowed; }
button.primary { background: #0f766e; color: #fff; }
button.primary:hover:not(:disabled) { background: #115e59; }
.bar { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.why { font-size: 11.5px; color: #64748b; }
.panel { margin-top: 6px; border: 1px solid #99f6e4; border-radius: 8px; background: #fff; padding: 8px; display: grid; gap: 8px;
  grid-template-columns: 1fr 1fr; }
.col { display: flex; flex-direction: column; gap: 4px; min-width: 0; }
.col h4 { margin: 0; font-size: 11px; font-weight: 700; color: #475569; }
textarea { width: 100%; min-height: 96px; resize: vertical; font: inherit; padding: 6px 8px; border: 1px solid #cbd5e1; border-radius: 6px; }
.out { min-height: 96px; padding: 6px 8px; border: 1px dashed #5eead4; border-radius: 6px; background: #f0fdfa; white-space: pre-wrap; }
.back { padding: 4px 8px; border-left: 3px solid #cbd5e1; color: #475569; white-space: pre-wrap; font-size: 12px; }
.full { grid-column: 1 / -1; }
.warn { color: #b45309; font-size: 11.5px; }
.err { color: #b91c1c; font-size: 11.5px; }
.v-ok { color: #047857; } .v-warn { color: #b45309; } .v-block { color: #b91c1c; }
progress { width: 120px; height: 8px; vertical-align: middle; }
`;
