/**
 * Seller Central hosts (shared/reference/seller-central-pages.md, "Hosts").
 * The manifest's content-script matches and host permissions are built from this one list.
 */
export const SELLER_CENTRAL_HOSTS: readonly string[] = [
  // NA
  'sellercentral.amazon.com', 'sellercentral.amazon.ca', 'sellercentral.amazon.com.mx', 'sellercentral.amazon.com.br',
  // EU: unified host and per-country hosts
  'sellercentral-europe.amazon.com', 'sellercentral.amazon.co.uk', 'sellercentral.amazon.de', 'sellercentral.amazon.fr',
  'sellercentral.amazon.it', 'sellercentral.amazon.es', 'sellercentral.amazon.nl', 'sellercentral.amazon.pl',
  'sellercentral.amazon.se', 'sellercentral.amazon.com.be', 'sellercentral.amazon.ie', 'sellercentral.amazon.com.tr',
  'sellercentral.amazon.ae', 'sellercentral.amazon.sa', 'sellercentral.amazon.com.sa', 'sellercentral.amazon.eg',
  'sellercentral.amazon.co.za', 'sellercentral.amazon.in',
  // FE
  'sellercentral.amazon.co.jp', 'sellercentral-japan.amazon.com', 'sellercentral.amazon.com.au', 'sellercentral.amazon.sg',
];

export const SELLER_CENTRAL_MATCHES: string[] = SELLER_CENTRAL_HOSTS.map((h) => `https://${h}/*`);

export const isSellerCentralHost = (host: string): boolean => SELLER_CENTRAL_HOSTS.includes(host.toLowerCase());
