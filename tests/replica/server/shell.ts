/** The HTML shell every replica page returns: csrf meta, bootstrap JSON, header bar, app root, client script. */
import { marketplaceById } from '../../../lib/marketplaces';
import type { Bootstrap } from './api-types';
import { escapeHtml, html, scriptJson } from './http';
import { accountMarketplaces, accountOf, marketplaceName, type ServerState } from './state';
import type { ReplicaResponse } from './types';

export const bootstrapFor = (state: ServerState, host: string, marketplaceId: string | null): Bootstrap => {
  const account = state.faults.signedOut === true ? undefined : accountOf(state, state.session.merchantId);
  return {
    signedIn: Boolean(account),
    merchantId: account?.merchantId ?? null,
    accountName: account?.name ?? null,
    marketplaceId: account ? marketplaceId : null,
    marketplaces: accountMarketplaces(account).map((mp) => ({ id: mp.id, code: mp.code, name: marketplaceName(mp) })),
    locale: (marketplaceId ? marketplaceById(marketplaceId)?.locale : undefined) ?? 'en_US',
    csrfToken: state.session.csrfToken,
    now: state.now().toISOString(),
    host,
    markup: state.faults.markup ?? 'normal',
  };
};

const STYLE = [
  'body{margin:0;font-family:"Amazon Ember",Arial,sans-serif;font-size:14px;color:#0f1111;background:#f7f8f8}',
  '#sc-navbar{display:flex;gap:16px;align-items:center;height:48px;padding:0 16px;background:#002f36;color:#fff}',
  '#sc-navbar a{color:#fff;text-decoration:none;margin-right:8px;font-size:12px}',
  '.sc-logo{font-weight:700;letter-spacing:.5px}',
  '#sc-content-root{padding:16px}',
].join('');

export const pageShell = (state: ServerState, boot: Bootstrap, title: string): ReplicaResponse => {
  const current = boot.marketplaceId ? marketplaceById(boot.marketplaceId) : undefined;
  const picker = boot.marketplaces
    .map((mp) => `<a href="?mons_sel_mkid=${escapeHtml(mp.id)}" data-marketplace-id="${escapeHtml(mp.id)}">${escapeHtml(mp.name)}</a>`)
    .join('');
  const header = boot.signedIn
    ? '<header id="sc-navbar" class="sc-navbar">'
      + '<span class="sc-logo">seller central</span>'
      + `<span class="sc-account-name">${escapeHtml(boot.accountName ?? '')}</span>`
      + `<span class="sc-marketplace-name">${escapeHtml(current ? current.code : '')}</span>`
      + `<nav class="sc-marketplace-picker">${picker}</nav></header>`
    : '<header id="sc-navbar" class="sc-navbar"><span class="sc-logo">amazon seller central</span></header>';
  const lang = boot.locale.slice(0, 2);
  const body = [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8">`,
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="anti-csrftoken-a2z" content="${escapeHtml(boot.csrfToken)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="icon" href="data:,">',
    '<link rel="stylesheet" href="/replica-assets/client.css">',
    `<style>${STYLE}</style></head><body>`,
    header,
    '<div id="sc-content-root"></div>',
    `<script type="application/json" id="sc-bootstrap">${scriptJson(boot)}</script>`,
    '<script src="/replica-assets/client.js"></script>',
    '</body></html>',
  ].join('\n');
  return html(200, body);
};
