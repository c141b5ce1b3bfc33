/**
 * The start part's side of loading the on-demand part (shared-keys.ts): the first feature that needs it asks the
 * background to inject it into this frame's isolated world (`page-ui/on-demand`), once per document; a failed load
 * is tried again at the next page view. onDemandFeature() is the stand-in that the registry lists: same id and page
 * kinds, and its init runs the real feature once the part is there. A failed load is this feature's problem (the
 * quiet notice names the feature: "could not be loaded"), the rest of the page UI keeps running.
 */
import { ExtensionContextInvalidatedError, sendRequest } from '../../messaging';
import type { Feature, FeatureContext, PageKind } from '../feature';
import { t } from '../i18n';
import { sharedRuntime, type SharedRuntime } from './expose';
import type { OnDemandPart } from './part';
import type { OnDemandFeatureId } from './shared-keys';
import type { WatchThreadOptions } from '../../features/thread-shared/watch-thread';

async function loadNow(runtime: SharedRuntime): Promise<OnDemandPart> {
  await sendRequest({ type: 'page-ui/on-demand' });
  if (!runtime.onDemand) throw new Error('the on-demand page UI did not register');
  return runtime.onDemand;
}

/** The on-demand part, loaded once per document (concurrent callers share one load). */
export function loadOnDemandPart(): Promise<OnDemandPart> {
  const runtime = sharedRuntime();
  if (!runtime) return Promise.reject(new Error('the page UI start part has not run in this document'));
  if (runtime.onDemand) return Promise.resolve(runtime.onDemand);
  const started = (runtime.loading ??= loadNow(runtime));
  started.catch(() => { if (runtime.loading === started) runtime.loading = undefined; });
  return started;
}

/** A failed load, for the feature that needed it: the quiet notice names it ("could not be loaded"); it stops. */
export function onDemandFailed(ctx: Pick<FeatureContext, 'reportProblem'>, error: unknown): void {
  if (error instanceof ExtensionContextInvalidatedError) throw error;
  console.warn('[seller-inbox] the on-demand page UI could not be loaded', error);
  ctx.reportProblem(t('pageOnDemandFailed', 'could not be loaded (reload the page to try again)'));
}

/** The on-demand part for a feature that needs it, or undefined after a failed load was reported (onDemandFailed). */
export async function onDemandPartFor(ctx: Pick<FeatureContext, 'reportProblem'>): Promise<OnDemandPart | undefined> {
  try {
    return await loadOnDemandPart();
  } catch (error) {
    onDemandFailed(ctx, error);
    return undefined;
  }
}

/**
 * watchThread (thread-shared/watch-thread.ts) for the list features' conversation half (a v3 case open, a thread
 * page): the conversation readers are in the on-demand part, which a conversation loads anyway. A failed load stops
 * only that half: a remark in the notice, and the feature's list half keeps running (its badges stay).
 */
export function watchThreadOnDemand(ctx: FeatureContext, signal: AbortSignal, options: WatchThreadOptions): void {
  loadOnDemandPart().then(
    (part) => { if (!signal.aborted) ctx.guard(() => part.watchThread(ctx, signal, options))(); },
    (error: unknown) => {
      if (signal.aborted) return;
      if (error instanceof ExtensionContextInvalidatedError) return ctx.guard(() => { throw error; })();
      console.warn('[seller-inbox] the on-demand page UI could not be loaded', error);
      ctx.notify(t('pageOnDemandFailed', 'could not be loaded (reload the page to try again)'));
    },
  );
}

export function onDemandFeature(id: OnDemandFeatureId, pages: readonly PageKind[]): Feature {
  return {
    id,
    pages,
    async init(ctx, signal) {
      const part = await onDemandPartFor(ctx);
      if (!part || signal.aborted) return;
      await part.features[id].init(ctx, signal);
    },
  };
}
