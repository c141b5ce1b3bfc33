/** The data layer: open the database, get the typed repositories. */
import type { SellerInboxDB } from './database';
import { AccountsRepository } from './repositories/accounts';
import { BlacklistRepository } from './repositories/blacklist';
import { CountsRepository } from './repositories/counts';
import { OrdersRepository } from './repositories/orders';
import { ProblemsRepository } from './repositories/problems';
import { SendLogRepository } from './repositories/send-log';
import { SettingsRepository } from './repositories/settings';
import { TemplatesRepository } from './repositories/templates';
import { ThreadsRepository } from './repositories/threads';
import { RefundsRepository } from './repositories/refunds';
import { ReviewsRepository } from './repositories/reviews';
import { FeedbackRepository } from './repositories/feedback';
import { ReturnsRepository } from './repositories/returns';
import { ImportsRepository } from './repositories/imports';
import { ImportHistoryRepository } from './repositories/import-history';
import { CampaignsRepository } from './repositories/campaigns';
import { CampaignRunnerRepository } from './repositories/campaign-runner';

export { openDatabase, SellerInboxDB, DATABASE_NAME } from './database';
export { StorageError, StorageQuotaError, InvalidTransitionError, toStorageError } from './errors';

export interface Repositories {
  db: SellerInboxDB;
  accounts: AccountsRepository;
  threads: ThreadsRepository;
  counts: CountsRepository;
  orders: OrdersRepository;
  blacklist: BlacklistRepository;
  templates: TemplatesRepository;
  settings: SettingsRepository;
  sendLog: SendLogRepository;
  problems: ProblemsRepository;
  feedback: FeedbackRepository;
  returns: ReturnsRepository;
  imports: ImportsRepository;
  importHistory: ImportHistoryRepository;
  reviews: ReviewsRepository;
  refunds: RefundsRepository;
  campaigns: CampaignsRepository;
  campaignRunner: CampaignRunnerRepository;
}

export function createRepositories(db: SellerInboxDB, now: () => Date = () => new Date()): Repositories {
  return {
    db,
    accounts: new AccountsRepository(db),
    threads: new ThreadsRepository(db),
    counts: new CountsRepository(db),
    orders: new OrdersRepository(db),
    blacklist: new BlacklistRepository(db, now),
    templates: new TemplatesRepository(db, now),
    settings: new SettingsRepository(db),
    sendLog: new SendLogRepository(db, now),
    problems: new ProblemsRepository(db),
    feedback: new FeedbackRepository(db),
    returns: new ReturnsRepository(db),
    imports: new ImportsRepository(db),
    importHistory: new ImportHistoryRepository(db),
    reviews: new ReviewsRepository(db),
    refunds: new RefundsRepository(db),
    campaigns: new CampaignsRepository(db, now),
    campaignRunner: new CampaignRunnerRepository(db),
  };
}
