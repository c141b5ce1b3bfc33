/**
 * A page action: one thing the page driver (components/background/work-tab.ts) has the work tab do, on the page the
 * driver loaded. `run` gets the document, the args (already checked against PAGE_ACTIONS[name].args) and a signal that
 * aborts when the driver goes away (the worker stopped, the action timed out): an action must not click anything
 * after it aborts. It answers PAGE_ACTIONS[name].answer, or throws PageBlocked when the page is not one it can work on.
 * DOM knowledge stays in lib/seller-central/ adapters.
 */
import type { PageActionAnswer, PageActionArgs, PageActionName, PageBlock } from '../../lib/protocol/page-actions';

export interface PageAction<N extends PageActionName> {
  name: N;
  run(doc: Document, args: PageActionArgs<N>, signal: AbortSignal): Promise<PageActionAnswer<N>>;
}

/** The page is not one the action can work on: signed out, a captcha, or not what it expected (with what it found). */
export class PageBlocked extends Error {
  constructor(readonly blocked: PageBlock, readonly detail: string) {
    super(`${blocked}: ${detail}`);
    this.name = 'PageBlocked';
  }
}

export class ActionAborted extends Error {
  constructor() {
    super('the page action was aborted');
    this.name = 'ActionAborted';
  }
}
