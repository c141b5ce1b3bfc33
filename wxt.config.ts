import { defineConfig } from 'wxt';
import { SELLER_CENTRAL_MATCHES } from './lib/seller-central/hosts';
import { pageUiSplit, pageUiStartCheck } from './build/page-ui-split';
import { STARTER_TEXTS } from './lib/templates/starters';
import { STARTERS_FILE } from './lib/templates/starters/file';

// Manifest: host permissions for Seller Central hosts only (README, "Permissions").
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    // the starter templates' texts as a package file: the background reads it when it first puts them in (README, "Architecture")
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: STARTERS_FILE, contents: JSON.stringify(STARTER_TEXTS) });
    },
    // the page UI's on-demand part takes React and the shared modules from its start part (README, "Architecture")
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((e) => e.name === 'page-ui-on-demand')) (config.plugins ??= []).push(pageUiSplit(import.meta.dirname));
      if (entrypoints.some((e) => e.name === 'seller-central')) (config.plugins ??= []).push(pageUiStartCheck(import.meta.dirname));
    },
  },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'unlimitedStorage', 'scripting'],
    host_permissions: SELLER_CENTRAL_MATCHES,
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'self'; frame-ancestors 'none'",
    },
    action: { default_title: '__MSG_extName__' },
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
  },
});
