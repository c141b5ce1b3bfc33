/** Review-request campaigns (the options page edits them; the background runner reads them). */
import type { Campaign } from '../../model';
import type { SellerInboxDB } from '../database';
import { guardStorage } from '../errors';

export class CampaignsRepository {
  constructor(private readonly db: SellerInboxDB, private readonly now: () => Date = () => new Date()) {}

  /** Oldest first (creation order). */
  list(): Promise<Campaign[]> {
    return guardStorage(async () => (await this.db.campaigns.toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)));
  }

  get(id: string): Promise<Campaign | undefined> {
    return guardStorage(() => this.db.campaigns.get(id));
  }

  /** Creates or replaces; keeps the stored createdAt, stamps updatedAt. */
  put(campaign: Omit<Campaign, 'createdAt' | 'updatedAt'> & Partial<Pick<Campaign, 'createdAt' | 'updatedAt'>>): Promise<Campaign> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.campaigns, async () => {
        const existing = await this.db.campaigns.get(campaign.id);
        const at = this.now().toISOString();
        const stored: Campaign = { ...campaign, createdAt: existing?.createdAt ?? campaign.createdAt ?? at, updatedAt: at };
        await this.db.campaigns.put(stored);
        return stored;
      }),
    );
  }

  remove(id: string): Promise<boolean> {
    return guardStorage(() =>
      this.db.transaction('rw', this.db.campaigns, async () => {
        const had = (await this.db.campaigns.get(id)) !== undefined;
        await this.db.campaigns.delete(id);
        return had;
      }),
    );
  }
}
