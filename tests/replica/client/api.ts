/** JSON calls to the replica server, with the CSRF header Seller Central's own pages send. */

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

const csrfToken = (): string =>
  document.querySelector('meta[name="anti-csrftoken-a2z"]')?.getAttribute('content') ?? '';

async function call<T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> {
  // `x-replica-page`: the replica's own page code (the harness tells it from the extension's requests by it)
  const headers: Record<string, string> = { accept: 'application/json', 'anti-csrftoken-a2z': csrfToken(), 'x-replica-page': '1' };
  if (url.startsWith('/orders-api/')) headers['anti-csrftoken-a2z-request'] = 'true';
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(url, {
    method, headers, credentials: 'same-origin', ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (res.status === 401) {
    location.assign(`/ap/signin?openid.return_to=${encodeURIComponent(location.pathname + location.search)}`);
    throw new ApiError(401, 'Signed out');
  }
  if (!res.ok) throw new ApiError(res.status, `${method} ${url} failed: ${res.status}`);
  return (await res.json()) as T;
}

export const getJson = <T>(url: string): Promise<T> => call<T>('GET', url);
export const postJson = <T>(url: string, body: unknown): Promise<T> => call<T>('POST', url, body);
