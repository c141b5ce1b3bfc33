/** Response helpers for the replica server. */
import type { ReplicaResponse } from './types';

export const json = (status: number, value: unknown, headers: Record<string, string> = {}): ReplicaResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  body: JSON.stringify(value),
});

export const html = (status: number, body: string): ReplicaResponse => ({
  status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }, body,
});

export const redirect = (location: string): ReplicaResponse => ({
  status: 302, headers: { location, 'content-type': 'text/html; charset=utf-8' }, body: '',
});

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** JSON safe to put inside a <script> element. */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

export const lowerKeys = (headers: Record<string, string> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));

/** Parses a JSON request body; undefined when absent or malformed. */
export const readJson = (body: string | Buffer | null | undefined): Record<string, unknown> | undefined => {
  if (body === undefined || body === null) return undefined;
  const text = typeof body === 'string' ? body : body.toString('utf8');
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

export const intParam = (value: string | null, fallback: number, min: number, max: number): number => {
  const n = value === null ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
};
