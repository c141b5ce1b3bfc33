/** The session the server put in `#sc-bootstrap`, read once at start. */
import type { Bootstrap } from '../server/api-types';
import { isMarkupVariant, type MarkupVariant } from '../server/markup-variants';

const FALLBACK: Bootstrap = {
  signedIn: false, merchantId: null, accountName: null, marketplaceId: null, marketplaces: [], locale: 'en_US',
  csrfToken: '', now: new Date().toISOString(), host: location.host, markup: 'normal',
};

export function readBootstrap(doc: Document): Bootstrap {
  const text = doc.getElementById('sc-bootstrap')?.textContent;
  if (!text) return FALLBACK;
  try {
    return { ...FALLBACK, ...(JSON.parse(text) as Partial<Bootstrap>) };
  } catch {
    return FALLBACK;
  }
}

export const BOOT: Bootstrap = readBootstrap(document);

/** Server clock minus browser clock: relative times follow the replica's `now`. */
const CLOCK_OFFSET_MS = Number.isNaN(Date.parse(BOOT.now)) ? 0 : Date.parse(BOOT.now) - Date.now();
export const serverNow = (): number => Date.now() + CLOCK_OFFSET_MS;

export const DRIFTED = BOOT.markup === 'drifted';
/** The page variant to render (server/markup-variants.ts); unknown names render 'normal'. */
export const MARKUP: MarkupVariant = isMarkupVariant(BOOT.markup) ? BOOT.markup : 'normal';

/** BCP 47 tag for Intl from the bootstrap's `en_US` (German for the `german-ui` variant). */
export const LOCALE_TAG = MARKUP === 'german-ui' ? 'de-DE' : BOOT.locale.replace('_', '-');
