/**
 * The template picker's preview in the seller's language (issue #18): a Translate button under the rendered body;
 * pressed, the body translated on this device from the template's language (detected when the template names none)
 * into the seller's, under it. Nothing is translated until asked; another template starts over. Only what the seller
 * reads: what is inserted stays the template's own text.
 */
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { baseLanguage, readingPair, type LanguageCode, type LanguagePair } from '../../../lib/translate';
import { stripBidi } from '../../../lib/text';
import { t } from '../../page/i18n';
import { isTrustedEvent, trusted } from '../../page/trusted';
import { failureText, languageName, pageProvider, pageSellerLanguage, pageTranslations, translatorPresent } from '../translate-shared/page-service';

type State =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; text: string; lost: string[]; pair: LanguagePair; hidden: boolean }
  | { kind: 'error'; message: string };

export function PreviewTranslation({ text, language }: { text: string; language: string | undefined }) {
  const [seller, setSeller] = useState<LanguageCode>();
  // what was shown, and for which text: another template (or other values) starts over
  const [shown, setShown] = useState<{ of: string; state: State }>({ of: text, state: { kind: 'idle' } });
  const state: State = shown.of === text ? shown.state : { kind: 'idle' };
  const setState = (next: State): void => setShown({ of: text, state: next });
  const running = useRef<AbortController | null>(null);
  useEffect(() => {
    let live = true;
    void pageSellerLanguage().then((l) => { if (live) setSeller(l); }, () => undefined);
    return () => { live = false; };
  }, []);
  // another template (or other values), or the picker closes: a translation under way is not wanted
  useEffect(() => () => running.current?.abort(), [text]);

  const named = language ? baseLanguage(language) : undefined;
  if (!seller || !translatorPresent() || (named && !readingPair(named, seller))) return null;

  const onTranslate = (e: MouseEvent): void => {
    if (!isTrustedEvent(e)) return;
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    void run(controller);
  };
  const run = async (controller: AbortController): Promise<void> => {
    try {
      setState({ kind: 'working' });
      const source = named ?? (await pageProvider.detect(text).catch(() => undefined))?.language;
      const pair = source ? readingPair(source, seller) : undefined;
      if (!pair) {
        setState({ kind: 'error', message: t('pageTrSame', 'Already in your language ($1)', [languageName(seller)]) });
        return;
      }
      const r = await pageTranslations.translate(text, pair, { signal: controller.signal });
      if (!controller.signal.aborted) setState({ kind: 'done', text: r.text, lost: r.lost, pair, hidden: false });
    } catch (e) {
      if (!controller.signal.aborted) setState({ kind: 'error', message: failureText(e) });
    }
  };

  return (
    <div className="pv-tr" data-si="template-preview-translation" data-si-tr={state.kind}>
      {state.kind === 'done' ? (
        <>
          {state.hidden ? null : <div className="pv-tr-out" lang={state.pair.target} data-si-tr-text="">{stripBidi(state.text)}</div>}
          <div className="pv-tr-meta">
            <span>{t('pageTrPair', '$1 → $2, translated on this device', [languageName(state.pair.source), languageName(state.pair.target)])}</span>
            <button type="button" className="pv-tr-link" onMouseDown={(e) => e.preventDefault()}
              onClick={trusted(() => setState({ ...state, hidden: !state.hidden }))}>
              {state.hidden ? t('pageTrShow', 'Show translation') : t('pageTrHide', 'Hide translation')}
            </button>
          </div>
          {state.lost.length > 0 ? (
            <div className="pv-tr-warn" role="alert">{t('pageTrLost', 'Check against the original: the translation did not keep $1', [state.lost.join(', ')])}</div>
          ) : null}
        </>
      ) : (
        <div className="pv-tr-meta">
          <button type="button" className="pv-tr-link" disabled={state.kind === 'working'} onMouseDown={(e) => e.preventDefault()}
            onClick={onTranslate}>{t('pageTrTranslate', 'Translate')}</button>
          {state.kind === 'working' ? <span>{t('pageTrWorking', 'Translating…')}</span> : null}
          {state.kind === 'error' ? <span className="pv-tr-warn" role="alert">{state.message}</span> : null}
        </div>
      )}
    </div>
  );
}
