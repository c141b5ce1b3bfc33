/** Status labels of the v3 list: read the same with or without spaces, each distinct text matched once. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { statusOf } from '../../lib/seller-central/case-status';

afterEach(() => vi.restoreAllMocks());

describe('statusOf', () => {
  it('reads the labels of the languages, spaces around them or not', () => {
    expect(statusOf('Response needed')).toBe('response-needed');
    expect(statusOf('  需要回复 ')).toBe('response-needed');
    expect(statusOf('Resolved on Sep 4, 2026')).toBe('no-response-needed');
    expect(statusOf('Gesendet')).toBe('answered');
    expect(statusOf('Shipped')).toBeUndefined();
    expect(statusOf('Shipped')).toBeUndefined();
    expect(statusOf('')).toBeUndefined();
    expect(statusOf(undefined)).toBeUndefined();
  });

  it('matches a label text once however many rows show it', () => {
    statusOf('Antwort erforderlich');
    const test = vi.spyOn(RegExp.prototype, 'test');
    const read = Array.from({ length: 500 }, () => statusOf('Antwort erforderlich'));
    expect(read.every((s) => s === 'response-needed')).toBe(true);
    expect(test).not.toHaveBeenCalled();
  });
});
