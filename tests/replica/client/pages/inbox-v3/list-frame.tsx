/**
 * `v3-iframe`: the case list pane lives in a same-origin iframe (`/messaging/inbox-v3/list-frame?fi=&ss=`).
 * The frame tells the parent what the seller chose (postMessage); the parent then changes its own query
 * (pushState) and tells the frame which case is open and when the data changed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { V3Filter } from '../../../server/api-types';
import { navigate } from '../../router';
import { CaseListPane } from './case-list';
import { v3Css } from './css';
import { C } from './names';
import { caseHref, readQuery, searchHref, V3_PATH } from './url';

export const LIST_FRAME_PATH = `${V3_PATH}/list-frame`;

type FromFrame = { type: 'bsm-v3-select'; caseId: string } | { type: 'bsm-v3-search'; orderId: string };
type ToFrame = { type: 'bsm-v3-state'; selected: string; version: number };

/** In the parent page: the iframe in place of the list pane. */
export function ListFrame({ fi, ss, selected, version }: { fi: V3Filter; ss: string; selected: string; version: number }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const tell = useCallback(() => {
    const message: ToFrame = { type: 'bsm-v3-state', selected, version };
    frame.current?.contentWindow?.postMessage(message, location.origin);
  }, [selected, version]);
  useEffect(tell, [tell]);
  useEffect(() => {
    const onMessage = (e: MessageEvent<FromFrame>): void => {
      if (e.origin !== location.origin || e.source !== frame.current?.contentWindow) return;
      if (e.data?.type === 'bsm-v3-select') navigate(caseHref(e.data.caseId));
      if (e.data?.type === 'bsm-v3-search') navigate(searchHref(e.data.orderId));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  const src = `${LIST_FRAME_PATH}?${new URLSearchParams({ fi, ...(ss ? { ss } : {}) }).toString()}`;
  return <iframe ref={frame} className={C.listFrame} title="Messages" src={src} onLoad={tell} />;
}

/** The frame's own document: the list pane only. */
export function ListFramePage() {
  const q = readQuery(new URLSearchParams(location.search));
  const [state, setState] = useState({ selected: '', version: 0 });
  useEffect(() => {
    const onMessage = (e: MessageEvent<ToFrame>): void => {
      if (e.origin !== location.origin || e.source !== window.parent || e.data?.type !== 'bsm-v3-state') return;
      setState({ selected: e.data.selected, version: e.data.version });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  const tell = (message: FromFrame): void => window.parent.postMessage(message, location.origin);
  return (
    <>
      <style>{`${v3Css()}\nbody{background:#fff} .${C.listPane}{height:100vh;border-right:0}`}</style>
      <CaseListPane fi={q.fi} ss={q.ss} selected={state.selected} version={state.version}
        onSelect={(caseId) => tell({ type: 'bsm-v3-select', caseId })} onSearch={(orderId) => tell({ type: 'bsm-v3-search', orderId })} />
    </>
  );
}
