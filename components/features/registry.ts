/**
 * Every in-page feature, in start order. To add one: create components/features/<id>/index.ts(x)
 * exporting `defineFeature({ id, pages, init })` and list it here.
 */
import type { Feature } from '../page/feature';
import inboxDeadlines from './inbox-deadlines';
import inboxNext from './inbox-next';
import inboxCategories from './inbox-categories';
import composeTemplates from './compose-templates';
import composePolicy from './compose-policy';
import threadOrderPanel from './thread-order-panel';
import threadBuyerPanel from './thread-buyer-panel';
import threadBlacklist from './thread-blacklist';
import threadTranslate from './thread-translate';
import composeTranslate from './compose-translate';
import inboxTranslate from './inbox-translate';

export const FEATURES: readonly Feature[] = [inboxDeadlines, inboxNext, inboxCategories, composeTemplates, composePolicy, threadOrderPanel, threadBuyerPanel, threadBlacklist, threadTranslate, composeTranslate, inboxTranslate];
