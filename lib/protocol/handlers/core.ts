/** Handlers for ping, problem reports and settings. */
import { campaignRunnerHooks } from '../../campaigns/runner/hooks';
import { HandlerError } from '../define';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';
import { problemText } from '../../holiday/check';
import { holidayProblems } from './holiday';

type CoreHandlers = Pick<Handlers, 'ping' | 'page-ui/frames' | 'page-ui/on-demand' | 'log/problem' | 'problems/list' | 'settings/get' | 'settings/set' | 'i18n/messages'>;

/** keeps the path only: query strings and fragments may carry order ids or tokens */
const pathOnly = (page: string): string => page.split(/[?#]/)[0] ?? '';

export function coreHandlers({ repos, now, version, injectFrames, injectOnDemand, loadMessages }: HandlerDeps): CoreHandlers {
  return {
    ping: () => ({ ok: true, version }),

    'page-ui/frames': async (_request, { sender }) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new HandlerError('invalid-request', 'page-ui/frames comes from a page in a tab');
      if (!injectFrames) throw new HandlerError('internal', 'frames cannot be reached here');
      await injectFrames(tabId);
      return { ok: true };
    },

    'page-ui/on-demand': async (_request, { sender }) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new HandlerError('invalid-request', 'page-ui/on-demand comes from a page in a tab');
      if (!injectOnDemand) throw new HandlerError('internal', 'frames cannot be reached here');
      await injectOnDemand(tabId, sender.frameId ?? 0);
      return { ok: true };
    },

    'log/problem': async ({ feature, message, page }) => {
      await repos.problems.add({ feature, message, page: pathOnly(page), at: now().toISOString() });
      return { ok: true };
    },

    'problems/list': async () => ({ problems: await repos.problems.list() }),

    'settings/get': async () => ({ settings: await repos.settings.getAll() }),

    'i18n/messages': async ({ locale }) => {
      if (!loadMessages) throw new HandlerError('internal', 'the messages cannot be read here');
      return { messages: await loadMessages(locale) };
    },

    'settings/set': async ({ values }) => {
      const holidayChange = Object.keys(values).some((k) => k.startsWith('holiday'));
      if (holidayChange) {
        // the holiday auto-reply goes on (or changes while on) only with a template that renders everywhere it may answer
        const merged = { ...(await repos.settings.getAll()), ...values };
        const problems = merged.holidayEnabled ? await holidayProblems(repos, merged) : [];
        if (problems.length) throw new HandlerError('invalid-request', problems.map(problemText).join(' '));
      }
      const settings = await repos.settings.set(values);
      // holiday auto-reply switched on or changed: look now (the background's hook; absent in tests)
      if (holidayChange) {
        try { campaignRunnerHooks().holiday?.(); } catch { /* it looks again on its alarm */ }
      }
      return { settings };
    },
  };
}
