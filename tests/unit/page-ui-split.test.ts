// The start part's build check (build/page-ui-split.ts, pageUiStartCheck): React ships in the on-demand part only, and
// the start part holds no copy of an on-demand module (README, "Architecture").
import { describe, expect, it } from 'vitest';
import { packageOf, pageUiStartCheck, startPartProblems } from '../../build/page-ui-split';

const root = '/work/app';
/** module ids as Rollup lists them: node_modules through a symlink, CommonJS wrappers with \0 and a query */
const startIds = [
  '/work/app/entrypoints/seller-central.content/index.ts',
  '/work/app/components/page/notice.ts',
  '/work/app/components/page/on-demand/shared-keys.ts',
  '/work/main/node_modules/webextension-polyfill/dist/browser-polyfill.js',
  '/work/main/node_modules/@date-fns/tz/index.js',
];

describe('the page UI start part check', () => {
  it('names the package of a bundled module', () => {
    expect(packageOf('/work/main/node_modules/react-dom/cjs/react-dom-client.production.js')).toBe('react-dom');
    expect(packageOf('\0/work/main/node_modules/scheduler/index.js?commonjs-exports')).toBe('scheduler');
    expect(packageOf('/work/main/node_modules/@date-fns/tz/index.js')).toBe('@date-fns/tz');
    expect(packageOf('/work/app/components/page/dom.ts')).toBeUndefined();
  });

  it('passes a start part without React and without on-demand modules', () => {
    expect(startPartProblems(root, startIds)).toEqual([]);
  });

  it('stops the build when react, react-dom or scheduler is in the start part', () => {
    const problems = startPartProblems(root, [...startIds,
      '/work/main/node_modules/react/jsx-runtime.js',
      '\0/work/main/node_modules/react-dom/client.js?commonjs-exports',
      '/work/main/node_modules/scheduler/cjs/scheduler.production.js',
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^the page UI start part holds react, react-dom, scheduler: React ships in the on-demand part only/);
  });

  it('stops the build on a copy of an on-demand module (the React mounter included), not on the allowed constants', () => {
    const problems = startPartProblems(root, [...startIds, '/work/app/components/page/react-mount.tsx', '/work/app/components/features/compose-policy/index.tsx']);
    expect(problems).toEqual([expect.stringContaining('holds modules of the on-demand part: components/page/react-mount.tsx, components/features/compose-policy/index.tsx')]);
  });

  it('is the plugin the start part\'s build runs', () => {
    const errors: string[] = [];
    const plugin = pageUiStartCheck(root);
    const buildEnd = plugin.buildEnd as (this: unknown, error?: Error) => void;
    const context = (ids: string[]) => ({ getModuleIds: () => ids.values(), error: (message: string) => { errors.push(message); } });
    buildEnd.call(context(startIds));
    expect(errors).toEqual([]);
    buildEnd.call(context([...startIds, '/work/main/node_modules/react/index.js']));
    expect(errors).toEqual([expect.stringContaining('holds react:')]);
  });
});
