/**
 * Waits until the work tab shows the case an action asked for (lib/seller-central/case-target.ts): its conversation
 * read and, when asked, its reply box. A page that never gets there blocks the action as `unrecognised-page` with
 * what was missing (the page check's finding); a search that found no case answers `no-case`.
 */
import { lookForCase, type CaseTarget, type CaseTargetLook } from '../../lib/seller-central/case-target';
import { PageBlocked } from './types';
import { waitFor } from './wait';

/** how long a case may take to show after the page loaded (a slow list, late components) */
export const CASE_WAIT_MS = 20_000;

export const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export type OpenCase = Extract<CaseTargetLook, { state: 'ready' | 'no-case' }>;

export async function openCase(doc: Document, target: CaseTarget, needReply: boolean, signal: AbortSignal): Promise<OpenCase> {
  let last = 'nothing read yet';
  const found = await waitFor(doc, () => {
    const look = lookForCase(doc, target, Date.now(), browserZone(), needReply);
    if (look.state === 'waiting') { last = look.finding; return undefined; }
    return look;
  }, CASE_WAIT_MS, signal);
  if (!found) throw new PageBlocked('unrecognised-page', last);
  return found;
}

/** The case as it shows now (after a send: re-read for the new message). */
export const lookNow = (doc: Document, target: CaseTarget): CaseTargetLook => lookForCase(doc, target, Date.now(), browserZone(), false);
