/**
 * Every in-page feature, in start order. To add one: create components/features/<id>/index.ts(x)
 * exporting `defineFeature({ id, pages, init })` and list it here. The case and reply-box features are in the
 * on-demand part of the page UI (components/page/on-demand/shared-keys.ts): listed here by id and page kinds
 * (onDemandFeature), their code is in entrypoints/page-ui-on-demand.ts.
 */
import type { Feature } from '../page/feature';
import inboxDeadlines from './inbox-deadlines';
import inboxNext from './inbox-next';
import inboxCategories from './inbox-categories';
import inboxTranslate from './inbox-translate';
import { onDemandFeature } from '../page/on-demand/load';

const composeTemplates = onDemandFeature('compose-templates', ['thread']);
const composePolicy = onDemandFeature('compose-policy', ['thread']);
const threadOrderPanel = onDemandFeature('thread-order-panel', ['thread']);
const threadBuyerPanel = onDemandFeature('thread-buyer-panel', ['thread', 'feedback']);
const threadBlacklist = onDemandFeature('thread-blacklist', ['thread']);
const threadTranslate = onDemandFeature('thread-translate', ['thread']);
const composeTranslate = onDemandFeature('compose-translate', ['thread']);

export const FEATURES: readonly Feature[] = [inboxDeadlines, inboxNext, inboxCategories, composeTemplates, composePolicy, threadOrderPanel, threadBuyerPanel, threadBlacklist, threadTranslate, composeTranslate, inboxTranslate];
