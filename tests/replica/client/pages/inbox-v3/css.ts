/** Stylesheet of the inbox v3 page, written with the class names of the variant (names.ts). */
import { C } from './names';

/** Styles of the controls portalled into kat-* shadow roots. */
export const FIELD_CSS = `
input,textarea,select{box-sizing:border-box;font:inherit;font-size:13px;color:#0f1111;border:1px solid #888c8c;border-radius:4px;background:#fff}
input{width:100%;height:32px;padding:4px 10px}
textarea{display:block;width:100%;min-height:96px;padding:8px 10px;resize:vertical;line-height:1.4}
select{height:30px;padding:2px 8px;background:#f0f2f2}
input:focus,textarea:focus,select:focus{outline:none;border-color:#008296;box-shadow:0 0 0 3px rgba(0,130,150,.2)}`;

export const listCss = (): string => `
.${C.list}{flex:1;min-height:0;overflow-y:auto;background:#fff}
.${C.item}{display:grid;grid-template-columns:1fr auto;grid-template-areas:"from date" "subject subject" "preview preview" "order status";
  gap:2px 10px;padding:10px 14px;border-bottom:1px solid #e3e6e6;cursor:pointer;color:inherit;text-decoration:none;outline:none}
.${C.item}:hover{background:#f3fafb;text-decoration:none;color:inherit} .${C.item}:focus-visible{box-shadow:inset 0 0 0 2px #008296}
.${C.item}[aria-selected=true]{background:#e6f4f6;box-shadow:inset 3px 0 0 #008296}
.${C.itemFrom}{grid-area:from;font-weight:700;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.${C.itemDate}{grid-area:date;font-size:12px;color:#565959;white-space:nowrap}
.${C.itemSubject}{grid-area:subject;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.${C.itemPreview}{grid-area:preview;font-size:12px;color:#565959;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.${C.itemOrder}{grid-area:order;font-size:12px;color:#565959}
.${C.statusLabel}{grid-area:status;justify-self:end}
.${C.skeleton}{height:74px;margin:8px 14px;border-radius:6px;background:linear-gradient(90deg,#f0f2f2,#e3e6e6,#f0f2f2)}
.${C.listEmpty}{padding:30px 14px;text-align:center;color:#565959}`;

export const v3Css = (): string => `
#sc-content-root{padding:0}
.${C.app}{display:flex;flex-direction:column;height:calc(100vh - 48px);min-height:520px}
.${C.header}{display:flex;align-items:baseline;gap:18px;padding:14px 20px 10px}
.${C.header} h1{margin:0;font-size:22px}
.${C.metricsRange}{color:#565959;font-size:12px}
.${C.body}{flex:1;min-height:0;display:grid;grid-template-columns:200px 380px 1fr;border-top:1px solid #d5d9d9;background:#fff}
.${C.body}.no-list{grid-template-columns:200px 1fr}
.${C.loading}{grid-column:2 / -1;padding:40px;color:#565959;text-align:center}
.${C.nav}{display:flex;flex-direction:column;gap:2px;padding:12px 10px;background:#f7f8f8;border-right:1px solid #d5d9d9;overflow-y:auto}
kat-link.${C.navFilter}{display:block;padding:7px 10px;border-radius:4px;--kat-link-color:#0f1111}
kat-link.${C.navFilter}:hover{background:#eaeded}
kat-link.${C.navFilterSelected}{background:#e6f4f6;font-weight:700;box-shadow:inset 3px 0 0 #008296}
.${C.navCount}{float:right;font-weight:700;color:#565959}
kat-box.${C.metricsCard}{margin-top:16px;padding:12px 14px}
.${C.metricsLabel}{font-size:12px;color:#565959} .${C.metricsValue}{font-size:28px;font-weight:700;color:#0f1111}
.${C.listPane}{display:flex;flex-direction:column;min-height:0;border-right:1px solid #d5d9d9}
.${C.listFrame}{width:100%;height:100%;border:0;border-right:1px solid #d5d9d9}
.${C.search}{padding:10px 14px;border-bottom:1px solid #e3e6e6} kat-input.${C.searchInput}{display:block}
.${C.listHeader}{display:flex;justify-content:space-between;padding:6px 14px;font-size:12px;font-weight:700;color:#565959;background:#f7f8f8;border-bottom:1px solid #d5d9d9}
bsm-case-list{display:block;flex:1;min-height:0;overflow-y:auto}
kat-pagination.${C.pagination}{border-top:1px solid #e3e6e6}
${listCss()}
.${C.detailPane}{display:flex;flex-direction:column;min-height:0;min-width:0}
.${C.empty}{margin:auto;color:#565959;font-size:15px}
.${C.caseHeader}{padding:14px 20px 10px;border-bottom:1px solid #e3e6e6}
.${C.headerBuyer}{margin:0 0 2px;font-size:18px} .${C.headerSubject}{font-weight:700;margin-bottom:2px}
.${C.headerOrder},.${C.headerEmail}{font-size:12px;color:#565959}
.${C.messages}{flex:1;min-height:0;overflow-y:auto;display:flex;flex-direction:column;gap:12px;padding:16px 20px;background:#f7f8f8}
.${C.message}{max-width:72%;padding:10px 14px;border-radius:10px;background:#fff;border:1px solid #d5d9d9}
.${C.messageSeller}{align-self:flex-end;background:#e6f4f6;border-color:#b7dde3}
.${C.messageAmazon}{align-self:center;background:#fff8e6;border-color:#f0d9a0}
.${C.messageSender}{font-weight:700;font-size:12px;display:inline} .${C.messageTime}{font-size:12px;color:#565959;display:inline;margin-left:10px}
.${C.messageBody}{white-space:pre-wrap;overflow-wrap:anywhere;margin-top:4px}
.${C.messageAttachments}{margin:6px 0 0;padding:0;list-style:none;font-size:12px;color:#0066c0}
.${C.reply}{padding:10px 20px 14px;border-top:1px solid #d5d9d9;display:flex;flex-direction:column;gap:8px}
kat-textarea.${C.replyTextarea}{display:block}
.${C.replyFiles}{display:flex;flex-wrap:wrap;gap:6px;margin:0;padding:0;list-style:none}
.${C.replyFiles} li{background:#f0f2f2;border:1px solid #d5d9d9;border-radius:12px;padding:2px 10px;font-size:12px}
.${C.replyActions}{display:flex;gap:10px;align-items:center} kat-button.${C.replySend}{margin-left:auto}
.${C.replyError}{color:#b12704;font-size:12px}`;
