/**
 * Background inbox refresh of the account's other marketplaces: decided NOT to run.
 *
 * Why (shared/reference/seller-central-pages.md, Hosts and Buyer-Seller Messages): a Seller Central page shows the
 * session's current marketplace (a marketplace id, not the host), and the inbox v3 lists that marketplace only;
 * Amazon publishes no inbox API (SP-API staff, H). The only way to read another marketplace's inbox is to select it
 * (`mons_sel_mkid`, or the header's switcher), and that choice is account-wide for the session: every open tab of
 * the seller would move to it. The old refresh's `GET /messaging/api/threads?marketplaceId=` existed in the replica
 * only. So no background read of another marketplace is made; counts of marketplaces the seller has not opened
 * come only from the pages the seller read, with their age ("US: read 3 h ago"), and the Settings page says why.
 * (Reading the CURRENT marketplace in a background tab would not switch anything, but its page is the one the seller
 * opens anyway; the "read them now" of the inbox reads its remaining list pages on request.)
 */
export * from './types';
export * from './hooks';
