/** The page stylesheet (light DOM): Seller Central's grey/white/teal look, dense and readable. */
export const PAGE_CSS = `
:root{--sc-ink:#0f1111;--sc-muted:#565959;--sc-line:#d5d9d9;--sc-bg:#f2f4f8;--sc-teal:#008296;--sc-nav:#002f36;--sc-link:#0066c0}
*{box-sizing:border-box}
body{margin:0;background:var(--sc-bg);color:var(--sc-ink);
  font-family:"Amazon Ember",Arial,-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",sans-serif;font-size:13px;line-height:1.45}
kat-table{display:table;width:100%;border-collapse:collapse;background:#fff}
kat-table-head{display:table-header-group} kat-table-body{display:table-row-group}
kat-table-row{display:table-row} kat-table-cell{display:table-cell;padding:8px 10px;border-bottom:1px solid var(--sc-line);vertical-align:top}
kat-table-head kat-table-cell{font-weight:700;font-size:12px;color:var(--sc-muted);background:#f7f8f8;border-bottom:2px solid var(--sc-line);white-space:nowrap}
kat-table-body kat-table-row:hover{background:#f3fafb}
kat-link{color:var(--sc-link);cursor:pointer} kat-button{cursor:pointer} kat-box{display:block}
kat-button:not(:defined){display:inline-block;padding:6px 13px;border:1px solid #8d9096;border-radius:3px;background:#eee}
a{color:var(--sc-link);text-decoration:none} a:hover{color:#c45500;text-decoration:underline}
h1{font-size:22px;font-weight:400;margin:0 0 12px} h2{font-size:17px;font-weight:700;margin:0 0 8px}
.sc-navbar{display:flex;align-items:center;gap:18px;height:48px;padding:0 18px;background:var(--sc-nav);color:#fff}
.sc-navbar a,.sc-navbar kat-link{color:#fff;font-size:14px;--kat-link-color:#fff;--kat-link-hover-color:#7fdbe5}
.sc-logo{font-weight:700;font-size:16px;letter-spacing:.2px;white-space:nowrap}.sc-logo span{color:#7fdbe5;font-weight:400}
.sc-nav{display:flex;gap:16px;margin-left:8px}
.sc-nav [aria-current=page]{border-bottom:2px solid #7fdbe5;padding-bottom:2px}
#partner-switcher{margin-left:auto;display:flex;align-items:center;gap:8px}
.partner-name{font-weight:700}
#partner-switcher select{font:inherit;font-size:12px;padding:3px 6px;border-radius:3px;border:1px solid #5d7b80;background:#0b4650;color:#fff}
.sc-page{max-width:1280px;margin:0 auto;padding:18px 20px 40px}
.sc-muted{color:var(--sc-muted)} .sc-small{font-size:12px}
.sc-empty{padding:36px;text-align:center;color:var(--sc-muted);background:#fff}
.sc-grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:14px}
.sc-form{display:grid;gap:10px;max-width:640px}
.sc-form textarea,.sc-form input,.sc-form select{font:inherit;font-size:13px;padding:6px 8px;border:1px solid #a6a6a6;border-radius:3px}
.sc-dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 14px;margin:0} .sc-dl dt{color:var(--sc-muted)} .sc-dl dd{margin:0}
.sc-product{display:flex;gap:10px;align-items:flex-start} .sc-product img{width:64px;height:64px;border:1px solid var(--sc-line);border-radius:4px;background:#fff}
.bsm-toolbar{display:flex;flex-wrap:wrap;align-items:center;gap:12px;padding:10px 12px;background:#fff;border:1px solid var(--sc-line);border-bottom:none}
.bsm-tabs{display:flex;gap:2px}
.bsm-tabs kat-link{padding:6px 12px;border-radius:3px;color:var(--sc-ink);--kat-link-color:var(--sc-ink)}
.bsm-tabs kat-link[aria-selected=true]{background:var(--sc-teal);color:#fff;font-weight:700;--kat-link-color:#fff;--kat-link-hover-color:#fff}
.bsm-search{display:flex;gap:6px} .bsm-pager{margin-left:auto;display:flex;align-items:center;gap:8px}
.bsm-row{cursor:pointer} .bsm-row[data-status=RESPONSE_NEEDED] .bsm-subject-text{font-weight:700}
.bsm-preview{color:var(--sc-muted);max-width:520px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.bsm-when{white-space:nowrap} .bsm-when time{display:block} .bsm-when time[hidden]{display:none}
.bsm-thread{display:grid;grid-template-columns:1fr 300px;gap:16px;align-items:start}
.bsm-conversation{display:flex;flex-direction:column;gap:10px}
.bsm-msg{max-width:78%;padding:10px 12px;border-radius:8px;background:#fff;border:1px solid var(--sc-line)}
.bsm-msg[data-sender-type=SELLER]{align-self:flex-end;background:#e6f4f6;border-color:#b7dde3}
.bsm-msg[data-sender-type=AMAZON]{align-self:center;background:#fff8e6;border-color:#f0d9a0}
.bsm-msg-head{display:flex;gap:10px;justify-content:space-between;font-size:12px;color:var(--sc-muted);margin-bottom:4px}
.bsm-msg-text{white-space:pre-wrap;overflow-wrap:anywhere}
.bsm-attachments{margin:6px 0 0;padding:0;list-style:none;font-size:12px}
.sc-signin{max-width:350px;margin:40px auto;background:#fff;border:1px solid var(--sc-line);border-radius:8px;padding:20px 26px}
.sc-signin label{font-weight:700;font-size:13px}
.sc-signin input{width:100%;padding:7px;border:1px solid #a6a6a6;border-radius:3px;margin:4px 0 12px;font:inherit}
`;
