/**
 * Handlers of the holiday auto-reply (lib/holiday): the log of replies, for review afterwards, and the
 * check that its template renders for every marketplace it may answer in (`holiday/check`; `settings/set`
 * refuses to switch it on, or to change it while on, when the check finds a problem).
 */
import type { Repositories } from '../../db';
import type { Settings } from '../../db/settings-schema';
import { checkHolidaySetup, type HolidayProblem } from '../../holiday/check';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

type HolidayHandlers = Pick<Handlers, 'holiday/log' | 'holiday/check'>;

export async function holidayProblems(
  repos: Repositories, s: Pick<Settings, 'holidayTemplateId' | 'holidayTemplates'>,
): Promise<HolidayProblem[]> {
  const [templates, accounts] = await Promise.all([repos.db.templates.toArray(), repos.accounts.list()]);
  return checkHolidaySetup({ templates, accounts, holidayTemplateId: s.holidayTemplateId, holidayTemplates: s.holidayTemplates });
}

export function holidayHandlers({ repos }: HandlerDeps): HolidayHandlers {
  return {
    'holiday/log': async ({ limit }) => {
      const all = await repos.db.sendLog.where('key').startsWith('holiday-reply|').toArray();
      all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return { entries: all.slice(0, limit ?? 200), total: all.length };
    },
    'holiday/check': async ({ holidayTemplateId, holidayTemplates }) => {
      const stored = await repos.settings.getAll();
      return {
        problems: await holidayProblems(repos, {
          holidayTemplateId: holidayTemplateId ?? stored.holidayTemplateId, holidayTemplates: holidayTemplates ?? stored.holidayTemplates,
        }),
      };
    },
  };
}
