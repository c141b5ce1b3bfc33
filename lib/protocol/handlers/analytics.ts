/**
 * Analytics (options page): the raw material the Analytics section computes from (lib/analytics, in the
 * page): response events, the send log's review requests and campaign messages, which orders got seller
 * feedback or a product review, the templates' names and the seller's time-zone setting.
 */
import { REQUEST_KINDS } from '../../analytics/requests';
import { guardStorage } from '../../db/errors';
import type { Handlers } from '../router';
import type { HandlerDeps } from './deps';

type AnalyticsHandlers = Pick<Handlers, 'analytics/data'>;

export function analyticsHandlers({ repos }: HandlerDeps): AnalyticsHandlers {
  const { db } = repos;
  return {
    'analytics/data': async () => {
      const [events, log, feedback, reviews, templates, settings] = await guardStorage(() =>
        db.transaction('r', [db.responseEvents, db.sendLog, db.feedback, db.reviews, db.templates], () => Promise.all([
          db.responseEvents.toArray(),
          db.sendLog.toArray(),
          db.feedback.toArray(),
          db.reviews.toArray(),
          db.templates.toArray(),
        ])).then(async (r) => [...r, await repos.settings.getAll()] as const),
      );
      return {
        events,
        requests: log.filter((e) => REQUEST_KINDS.includes(e.kind)).map(({ text: _text, ...rest }) => rest),
        feedback: feedback.map((f) => ({ orderId: f.orderId, date: f.date })),
        reviews: reviews.filter((r) => r.orderId).map((r) => ({ orderId: r.orderId!, date: r.date })),
        templates: templates.map((t) => ({ id: t.id, name: t.name })),
        timeZone: settings.timeZone,
        responseWindowHours: settings.responseWindowHours,
      };
    },
  };
}
