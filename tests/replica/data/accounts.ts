/** The replica's seller accounts, with real marketplace ids (lib/marketplaces.ts). */
import { marketplaceByCode } from '../../../lib/marketplaces';
import type { ReplicaAccount } from './types';

const ids = (...codes: string[]): string[] => codes.map((code) => {
  const mp = marketplaceByCode(code);
  if (!mp) throw new Error(`unknown marketplace ${code}`);
  return mp.id;
});

export const LUMEN: ReplicaAccount = {
  merchantId: 'A1LUMENHOME7Q',
  name: 'Lumen Home Goods',
  marketplaceIds: ids('US', 'CA', 'UK', 'DE', 'FR', 'IT', 'ES', 'JP'),
};

export const KIRIN: ReplicaAccount = {
  merchantId: 'A3KIRINOUTD2X',
  name: 'Kirin Outdoor',
  marketplaceIds: ids('US', 'DE', 'JP'),
};

export const REPLICA_ACCOUNTS: readonly ReplicaAccount[] = [LUMEN, KIRIN];

/** Share of an account's threads per marketplace code (busier markets get more). */
export const MARKETPLACE_WEIGHTS: Record<string, number> = {
  US: 34, CA: 6, UK: 12, DE: 15, FR: 8, IT: 7, ES: 7, JP: 11,
};
