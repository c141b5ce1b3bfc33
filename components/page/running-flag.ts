/**
 * The page UI sets this global in its isolated world when it starts; the background asks for it before
 * injecting, so that a document never gets the page UI twice. Set by the script itself, in the document it
 * runs in (a flag set by a second injection could land in the next document of a redirect).
 */
export const PAGE_UI_RUNNING = '__sellerInboxPageUi';

/**
 * What the background leaves in the same isolated world just before it injects the page UI (the stored settings), so
 * that the page UI's first settings read needs no round trip to a worker that may be busy while the page loads
 * (components/page/settings.ts takes it once). Only the extension can write an isolated world's globals.
 */
export const PAGE_UI_BOOT = '__sellerInboxBoot';
