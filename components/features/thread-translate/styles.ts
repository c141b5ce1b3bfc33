/** CSS of the translation UI under each buyer message and beside the subject (inside our shadow roots only). */
export const TRANSLATE_CSS = `
:host { display: block; }
* { box-sizing: border-box; }
.tr { margin: 6px 0 2px; font: 12.5px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2937; }
.bar { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
button { font: 600 11.5px/18px system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", sans-serif; padding: 1px 9px;
  border: 1px solid #0f766e; border-radius: 9px; background: #f0fdfa; color: #0f766e; cursor: pointer; }
button:hover:not(:disabled) { background: #ccfbf1; }
button:disabled { border-color: #cbd5e1; color: #64748b; background: #f8fafc; cursor: not-allowed; }
button.link { border: 0; background: transparent; padding: 0 2px; color: #475569; font-weight: 500; text-decoration: underline; }
.why { font-size: 11.5px; color: #64748b; }
.out { margin-top: 4px; padding: 6px 10px; border-left: 3px solid #14b8a6; background: #f0fdfa; border-radius: 0 6px 6px 0; white-space: pre-wrap; }
.meta { font-size: 11px; color: #475569; margin-top: 2px; }
.warn { font-size: 11.5px; color: #b45309; margin-top: 2px; }
.err { font-size: 11.5px; color: #b91c1c; }
progress { width: 120px; height: 8px; vertical-align: middle; }
`;
