import { defineConfig } from 'wxt';
import { SELLER_CENTRAL_MATCHES } from './lib/seller-central/hosts';

// Manifest: host permissions for Seller Central hosts only (README, "Permissions").
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
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
