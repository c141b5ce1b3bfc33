/** True when this browser has the Translator API at all (synchronous: the buttons say why at once). */
export const translatorPresent = (): boolean => typeof (globalThis as { Translator?: unknown }).Translator !== 'undefined';
