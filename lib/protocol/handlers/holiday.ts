/** Handlers of the holiday auto-reply (lib/holiday): the log of replies, for review afterwards. */
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

type HolidayHandlers = Pick<Handlers, 'holiday/log'>;

export function holidayHandlers({ repos }: HandlerDeps): HolidayHandlers {
  return {
    'holiday/log': async ({ limit }) => {
      const all = await repos.db.sendLog.where('key').startsWith('holiday-reply|').toArray();
      all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return { entries: all.slice(0, limit ?? 200), total: all.length };
    },
  };
}
