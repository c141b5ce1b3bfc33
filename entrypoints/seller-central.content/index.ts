import { defineContentScript } from '#imports';
import '../../components/page/ui.css';
import { FEATURES } from '../../components/features/registry';
import { runFeatures } from '../../components/page/run-features';
import { SELLER_CENTRAL_MATCHES } from '../../lib/seller-central/hosts';

export default defineContentScript({
  matches: SELLER_CENTRAL_MATCHES,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    runFeatures(ctx, FEATURES);
  },
});
