/**
 * Our page UI acts only on the person's own input for anything that changes data, sends or navigates: a page
 * script's `button.click()` or a dispatched `keydown` is not trusted (`isTrusted` false), a real click or key is.
 * Works for DOM events and React's synthetic events (their native event).
 */
interface EventLike { isTrusted?: boolean; nativeEvent?: { isTrusted?: boolean } }

export const isTrustedEvent = (e: EventLike): boolean => (e.nativeEvent ?? e).isTrusted === true;

/** The handler, called only for trusted events. */
export const trusted = <E extends EventLike>(fn: (e: E) => void) => (e: E): void => {
  if (isTrustedEvent(e)) fn(e);
};
