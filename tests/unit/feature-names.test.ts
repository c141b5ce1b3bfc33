/** Every in-page feature has a name in both languages: the quiet notice and the settings name it, never by its id. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: { runtime: {}, i18n: { getMessage: () => '' } } }));
const { FEATURES } = await import('../../components/features/registry');

const catalog = (l: string) =>
  JSON.parse(readFileSync(path.resolve(__dirname, '../../public/_locales', l, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const nameKey = (id: string): string => `feat${id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')}`;

describe('feature names', () => {
  it('each registered feature has its name in English and Chinese', () => {
    expect(FEATURES.length).toBeGreaterThan(5);
    for (const feature of FEATURES) {
      expect(catalog('en')[nameKey(feature.id)]?.message, feature.id).toMatch(/^[A-Z]/);
      expect(catalog('zh_CN')[nameKey(feature.id)]?.message, feature.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
