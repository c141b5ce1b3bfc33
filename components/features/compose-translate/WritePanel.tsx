/**
 * "Write in 中文 / English": the seller writes in their language in our own box; the translation into the buyer's
 * language shows live beside it, its back-translation under it (to check the meaning), and the policy check of the
 * translation. "Put the translation in the reply box" puts exactly the translation into the page's reply box, so Send
 * sends it (and the page's Send is policy-checked on it as on any text). Ids, amounts and template values come back
 * exactly (lib/translate/protect.ts); a translation that lost one is not put in.
 */
import { useEffect, useRef, useState } from 'react';
import { sourceOf, type AlignedPiece, type LanguagePair } from '../../../lib/translate';
import { stripBidi } from '../../../lib/text';
import { t } from '../../page/i18n';
import { trusted } from '../../page/trusted';
import type { CheckResult } from '../compose-shared/check';
import { headlines } from '../compose-shared/PolicyView';
import { failureText, languageName, pageTranslations } from '../translate-shared/page-service';

const TYPING_MS = 400;

export interface WritePanelProps {
  pair: LanguagePair;
  check: (text: string) => Promise<CheckResult>;
  insert: (text: string) => boolean;
}

interface Live { source: string; text: string; lost: string[]; alignment?: AlignedPiece[]; back?: string; policy?: CheckResult }

export function WritePanel({ pair, check, insert }: WritePanelProps) {
  const [source, setSource] = useState('');
  const [live, setLive] = useState<Live | undefined>();
  const [busy, setBusy] = useState(false);
  const [download, setDownload] = useState<number | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [inserted, setInserted] = useState(false);
  const latest = useRef('');

  useEffect(() => {
    latest.current = source;
    setInserted(false);
    if (!source.trim()) { setLive(undefined); return; }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setBusy(true);
      void (async () => {
        try {
          const r = await pageTranslations.translate(source, pair, { signal: controller.signal, onProgress: setDownload, store: false });
          setDownload(undefined);
          if (latest.current !== source) return;
          setError(undefined);
          const base = { source, text: r.text, lost: r.lost, ...(r.alignment ? { alignment: r.alignment } : {}) };
          setLive(base);
          const [back, policy] = await Promise.all([
            pageTranslations.translate(r.text, { source: pair.target, target: pair.source }, { signal: controller.signal, store: false }).catch(() => undefined),
            check(r.text).catch(() => undefined),
          ]);
          if (latest.current === source) setLive({ ...base, ...(back ? { back: back.text } : {}), ...(policy ? { policy } : {}) });
        } catch (e) {
          if (!controller.signal.aborted) setError(failureText(e, pair));
        } finally {
          if (latest.current === source) setBusy(false);
        }
      })();
    }, TYPING_MS);
    return () => { clearTimeout(timer); controller.abort(); };
  }, [source, pair, check]);

  const current = live && live.source === source ? live : undefined;
  const canInsert = Boolean(current && current.lost.length === 0 && current.policy && current.policy.verdict !== 'block');
  const target = languageName(pair.target);
  const mine = languageName(pair.source);
  return (
    <div className="panel" data-si-write="">
      <div className="col">
        <h4>{t('pageTrWriteYours', 'Your reply in $1', [mine])}</h4>
        <textarea lang={pair.source} value={source} placeholder={t('pageTrWritePlaceholder', 'Write here in $1: the buyer gets it in $2', [mine, target])}
          onChange={(e) => setSource(e.target.value)} data-si-write-source="" />
      </div>
      <div className="col">
        <h4>{t('pageTrWriteTarget', 'What the buyer gets ($1)', [target])}</h4>
        <div className="out" lang={pair.target} data-si-write-target="">{current ? stripBidi(current.text) : busy ? t('pageTrWorking', 'Translating…') : ''}</div>
      </div>
      {download !== undefined ? (
        <div className="full bar">
          <span>{t('pageTrDownloading', 'Downloading the $1 → $2 language pack: $3%', [mine, target, String(Math.round(download * 100))])}</span>
          <progress max={1} value={download} />
        </div>
      ) : null}
      {error ? <div className="full err" role="alert">{error}</div> : null}
      {current?.back ? (
        <div className="full col">
          <h4>{t('pageTrWriteBack', 'Back-translation into $1, to check the meaning', [mine])}</h4>
          <div className="back" lang={pair.source} data-si-write-back="">{stripBidi(current.back)}</div>
        </div>
      ) : null}
      {current?.policy ? (
        <div className={`full v-${current.policy.verdict}`} data-si-write-policy={current.policy.verdict}>
          {t('pageTrWritePolicy', 'Policy check of the translation: $1', [current.policy.verdict === 'ok'
            ? t('pageTrPolicyOk', 'no problems found')
            : `${current.policy.verdict === 'block' ? t('pageTrPolicyBlock', 'cannot be sent') : t('pageTrPolicyWarn', 'please check')}: ${headlines(current.policy.findings).join(' · ')}`])}
          {current.policy.findings.slice(0, 3).map((f) => {
            // the seller's own words the finding came from, where the pieces say
            const mine = sourceOf(current.alignment, f.start, f.end);
            return (
              <div key={`${f.rule}-${f.start}`} className="why" data-si-write-finding="">
                “{stripBidi(current.text.slice(f.start, f.end))}”{mine ? ` · ${t('pageTrPolicyIn', 'in your words: “$1”', [stripBidi(source.slice(mine[0], mine[1]))])}` : ''}
              </div>
            );
          })}
        </div>
      ) : null}
      {current && current.lost.length > 0 ? (
        <div className="full warn" role="alert">{t('pageTrWriteLostBlock', 'Not put in: the translation lost $1. Write it differently, or add it in the reply box by hand.', [current.lost.join(', ')])}</div>
      ) : null}
      <div className="full bar">
        <button type="button" className="primary" disabled={!canInsert} data-si-write-insert=""
          onClick={trusted(() => { if (current && insert(current.text)) setInserted(true); })}>
          {t('pageTrWriteInsert', 'Put the translation in the reply box')}
        </button>
        {inserted ? <span className="why" role="status">{t('pageTrWriteInserted', 'In the reply box: Send sends the translation')}</span> : null}
      </div>
    </div>
  );
}
