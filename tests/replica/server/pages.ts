/** Page routes: which paths return the HTML shell, with their titles. */

const EXACT: Record<string, string> = {
  '/home': 'Seller Central',
  '/messaging/inbox': 'Buyer-Seller Messages',
  '/messaging/inbox-v3': 'Buyer-Seller Messages',
  '/messaging/inbox-v3/': 'Buyer-Seller Messages',
  '/messaging/inbox-v3/list-frame': 'Buyer-Seller Messages',
  '/messaging/contact': 'Contact Buyer',
  '/messaging/reviews': 'Request a Review',
  '/feedback-manager/index.html': 'Feedback Manager',
  '/feedback-manager': 'Feedback Manager',
  '/orders-v3': 'Manage Orders',
  '/ap/signin': 'Amazon Sign-In',
  '/ap/cvf': 'Authentication required',
  '/ap/mfa': 'Two-Step Verification',
};

/** Title of a page path, or undefined when the path is no page. */
export const pageTitle = (path: string): string | undefined => {
  const exact = EXACT[path];
  if (exact) return exact;
  if (/^\/orders-v3\/order\/[^/]+$/.test(path)) return 'Order Details';
  return undefined;
};

export const isAuthPage = (path: string): boolean => path.startsWith('/ap/');

/**
 * Routes only the replica has (no public trace on Seller Central): its own pages' data calls. The extension must
 * never call them (the `inventedRoutes: 'page-only'` switch refuses it; `server.inventedRouteCalls` lists tries).
 */
export const isInventedRoute = (path: string): boolean =>
  path === '/messaging/api/threads' || path.startsWith('/messaging/api/threads/') || path === '/messaging/api/contact'
  || path.startsWith('/messaging/api/inbox-v3/') || path === '/feedback-manager/api/feedback';

export const isJsonPath = (path: string): boolean =>
  path.startsWith('/messaging/api/') || path.startsWith('/orders-api/') || path.startsWith('/feedback-manager/api/');
