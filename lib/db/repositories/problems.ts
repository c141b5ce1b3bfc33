/** A small ring buffer of feature failures reported by content scripts (`log/problem`). */
import type { ProblemReport } from '../../model';
import type { SellerInboxDB } from '../database';
import { guardStorage } from '../errors';

export const PROBLEM_LOG_SIZE = 100;

export class ProblemsRepository {
  constructor(private readonly db: SellerInboxDB, private readonly size = PROBLEM_LOG_SIZE) {}

  /** Appends a report and drops the oldest beyond the buffer size, in one transaction. */
  add(report: Omit<ProblemReport, 'id'>): Promise<void> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.problems, async () => {
        await this.db.problems.add({ ...report });
        const excess = (await this.db.problems.count()) - this.size;
        if (excess > 0) {
          const oldest = await this.db.problems.orderBy('id').limit(excess).primaryKeys();
          await this.db.problems.bulkDelete(oldest);
        }
      }),
    );
  }

  /** Newest first. */
  list(): Promise<ProblemReport[]> {
    return guardStorage(() => this.db.problems.orderBy('id').reverse().toArray());
  }

  clear(): Promise<void> {
    return guardStorage(() => this.db.problems.clear());
  }
}
