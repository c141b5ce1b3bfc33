/**
 * The page UI sets this global in its isolated world when it starts; the background asks for it before
 * injecting, so that a document never gets the page UI twice. Set by the script itself, in the document it
 * runs in (a flag set by a second injection could land in the next document of a redirect).
 */
export const PAGE_UI_RUNNING = '__sellerInboxPageUi';
