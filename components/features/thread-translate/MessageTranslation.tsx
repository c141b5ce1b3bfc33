/**
 * The translation of one buyer message, under the message (the page's text is never changed): a Translate button,
 * then the translation with the languages it went between (the detected one named), values it did not keep, and
 * download progress while the pair's language pack downloads. A saved translation shows at once.
 */
import { useEffect, useRef, useState } from 'react';
import { buyerLanguage, readingPair, type LanguageCode, type LanguagePair } from '../../../lib/translate';
import { stripBidi } from '../../../lib/text';
import { t } from '../../page/i18n';
import { trusted } from '../../page/trusted';
import { failureText, languageName, pageProvider, pageTranslations, translatorPresent } from '../translate-shared/page-service';
import type { TranslateAllBus } from './bus';

/** no download progress for this long: say the browser may be unable to download */
export const STALL_MS = 20_000;

type From = 'detected' | 'marketplace' | 'saved';
type State =
  | { kind: 'idle' }
  | { kind: 'working'; download?: { pair: LanguagePair; fraction: number; stalled: boolean } }
  | { kind: 'done'; text: string; lost: string[]; pair: LanguagePair; from: From; hidden: boolean }
  | { kind: 'same'; language: LanguageCode }
  | { kind: 'error'; message: string };

export interface MessageTranslationProps {
  text: string;
  seller: LanguageCode;
  marketplaceId?: string;
  /** the saved translation, when there is one (shown in the first render) */
  initial?: { text: string; lost: string[]; pair: LanguagePair };
  bus: TranslateAllBus;
  /** translate at once (the seller asked before this UI showed: the inbox preview's control) */
  autoStart?: boolean;
}

export function MessageTranslation({ text, seller, marketplaceId, initial, bus, autoStart }: MessageTranslationProps) {
  const [state, setState] = useState<State>(initial ? { kind: 'done', ...initial, from: 'saved', hidden: false } : { kind: 'idle' });
  const running = useRef<AbortController | null>(null);
  const present = translatorPresent();

  const run = async (): Promise<void> => {
    if (running.current) return;
    const controller = new AbortController();
    running.current = controller;
    let stallTimer: ReturnType<typeof setTimeout> | undefined;
    try {
      setState({ kind: 'working' });
      const detected = await pageProvider.detect(text).catch(() => undefined);
      const buyer = buyerLanguage({ ...(detected ? { detected } : {}), ...(marketplaceId ? { marketplaceId } : {}) });
      if (!buyer) {
        setState({ kind: 'error', message: t('pageTrNoLanguage', "The buyer's language is not known: no marketplace, and language detection is not available") });
        return;
      }
      const pair = readingPair(buyer.language, seller);
      if (!pair) {
        setState({ kind: 'same', language: seller });
        return;
      }
      const availability = await pageProvider.availability(pair);
      if (availability === 'download' || availability === 'downloading') {
        setState({ kind: 'working', download: { pair, fraction: 0, stalled: false } });
        stallTimer = setTimeout(() => setState((s) => (s.kind === 'working' && s.download ? { ...s, download: { ...s.download, stalled: true } } : s)), STALL_MS);
      }
      const r = await pageTranslations.translate(text, pair, {
        signal: controller.signal,
        onProgress: (fraction) => {
          clearTimeout(stallTimer);
          setState({ kind: 'working', download: { pair, fraction, stalled: false } });
        },
      });
      setState({ kind: 'done', text: r.text, lost: r.lost, pair, from: r.cached ? 'saved' : buyer.from, hidden: false });
    } catch (e) {
      setState(controller.signal.aborted ? { kind: 'idle' } : { kind: 'error', message: failureText(e) });
    } finally {
      clearTimeout(stallTimer);
      running.current = null;
    }
  };

  const latest = useRef(run);
  latest.current = run;
  useEffect(() => bus.on(() => {
    if (translatorPresent()) void latest.current();
  }), [bus]);
  useEffect(() => {
    if (autoStart && !initial && translatorPresent()) void latest.current();
    return () => running.current?.abort();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps -- once, when shown

  if (!present && state.kind !== 'done') {
    return (
      <div className="tr bar" data-si-tr="absent">
        <button type="button" disabled>{t('pageTrTranslate', 'Translate')}</button>
        <span className="why">{t('pageTrAbsent', 'Not available in this browser: on-device translation needs Chrome 138 or later on a computer')}</span>
      </div>
    );
  }

  return (
    <div className="tr" data-si-tr={state.kind}>
      {state.kind === 'idle' || state.kind === 'error' ? (
        <div className="bar">
          <button type="button" onClick={trusted(() => void run())}>{t('pageTrTranslate', 'Translate')}</button>
          {state.kind === 'error' ? <span className="err" role="alert">{state.message}</span> : null}
        </div>
      ) : null}
      {state.kind === 'working' ? (
        <div className="bar">
          {state.download ? (
            <>
              <span>{t('pageTrDownloading', 'Downloading the $1 → $2 language pack: $3%', [
                languageName(state.download.pair.source), languageName(state.download.pair.target), String(Math.round(state.download.fraction * 100))])}</span>
              <progress max={1} value={state.download.fraction} />
              {state.download.stalled ? <span className="why">{t('pageTrStalled', 'No progress yet: the browser may be offline or unable to download language packs.')}</span> : null}
            </>
          ) : <span className="why">{t('pageTrWorking', 'Translating…')}</span>}
          <button type="button" className="link" onClick={trusted(() => running.current?.abort())}>{t('pageTrCancel', 'Cancel')}</button>
        </div>
      ) : null}
      {state.kind === 'same' ? <span className="why">{t('pageTrSame', 'Already in your language ($1)', [languageName(state.language)])}</span> : null}
      {state.kind === 'done' ? (
        <>
          {state.hidden ? null : <div className="out" lang={state.pair.target} data-si-tr-text="">{stripBidi(state.text)}</div>}
          <div className="meta bar">
            <span>{t('pageTrPair', '$1 → $2, translated on this device', [sourceLabel(state.pair.source, state.from), languageName(state.pair.target)])}</span>
            <button type="button" className="link" onClick={trusted(() => setState({ ...state, hidden: !state.hidden }))}>
              {state.hidden ? t('pageTrShow', 'Show translation') : t('pageTrHide', 'Hide translation')}
            </button>
          </div>
          {state.lost.length > 0 ? (
            <div className="warn" role="alert">{t('pageTrLost', 'Check against the original: the translation did not keep $1', [state.lost.join(', ')])}</div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function sourceLabel(source: LanguageCode, from: From): string {
  const name = languageName(source);
  if (from === 'detected') return t('pageTrDetected', '$1 (detected)', [name]);
  if (from === 'marketplace') return t('pageTrAssumed', '$1 (marketplace language)', [name]);
  return `${name} · ${t('pageTrSaved', 'saved translation')}`;
}
