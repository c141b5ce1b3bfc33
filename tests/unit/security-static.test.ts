/**
 * Static security checks over the extension's sources (lib/, components/, entrypoints/): no HTML sinks, no
 * string-to-code, no remote code. The built manifest and bundles are checked in tests/e2e/security-manifest.e2e.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIRS = ['lib', 'components', 'entrypoints'];

const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
  const p = path.join(dir, name);
  if (statSync(p).isDirectory()) return name === 'node_modules' ? [] : walk(p);
  return /\.(ts|tsx|js|jsx|mjs|html)$/.test(name) ? [p] : [];
});

const FILES = DIRS.flatMap((d) => walk(path.join(ROOT, d)));
/** the places that inject scripts (checked below): the page UI into Seller Central tabs, the page driver into its work tab */
const INJECTOR = path.join(ROOT, 'components/background/page-ui.ts');
/** the page driver: its own bundled page-actions script, into the one work tab it opened (checked below) */
const WORK_TAB = path.join(ROOT, 'components/background/work-tab.ts');

/** `//` and block comments blanked out (a comment may mention a sink it avoids); strings are kept. */
const withoutComments = (src: string): string =>
  src.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');

const SINKS: Array<[string, RegExp]> = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML =', /\bouterHTML\s*\+?=/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['eval(', /(^|[^.\w])eval\s*\(/],
  ['new Function(', /\bnew\s+Function\s*\(/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\s*\(/],
  ['srcdoc', /\bsrcdoc\b|\bsrcDoc\b/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['setHTMLUnsafe / parseHTMLUnsafe', /\b(setHTMLUnsafe|parseHTMLUnsafe)\b/],
  ['setTimeout/setInterval with a string', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
  ['chrome.scripting / executeScript (outside the page-UI injector and the work tab)', /\bexecuteScript\b|\bchrome\.scripting\b/],
  ['remote import()', /\bimport\s*\(\s*['"`]https?:/],
  ['remote <script src>', /<script[^>]+src\s*=\s*['"]?https?:/i],
  ['javascript: URL literal', /['"`]javascript:/i],
  ['externally_connectable / onMessageExternal', /\bexternally_connectable\b|\bonMessageExternal\b|\bonConnectExternal\b/],
];

describe('static: no HTML sinks or string-to-code in lib/, components/, entrypoints/', () => {
  it('finds source files to check', () => {
    expect(FILES.length).toBeGreaterThan(50);
  });

  for (const [name, re] of SINKS) {
    it(`uses no ${name}`, () => {
      const hits: string[] = [];
      for (const file of FILES) {
        if (re === SINKS.find(([n]) => n.startsWith('chrome.scripting'))?.[1] && (file === INJECTOR || file === WORK_TAB)) continue;
        const lines = withoutComments(readFileSync(file, 'utf8')).split('\n');
        lines.forEach((line, i) => { if (re.test(line)) hits.push(`${path.relative(ROOT, file)}:${i + 1}: ${line.trim().slice(0, 160)}`); });
      }
      expect(hits).toEqual([]);
    });
  }

  it('the work tab injects only our own page-actions file, into its top frame, in the isolated world', () => {
    const src = withoutComments(readFileSync(WORK_TAB, 'utf8'));
    const calls = src.split('executeScript(').slice(1).map((c) => c.slice(0, c.indexOf('});') + 1));
    expect(calls).toHaveLength(1);
    for (const call of calls) {
      expect(call).toMatch(/target: \{ tabId, frameIds: \[0\] \}, files: \[PAGE_ACTIONS_SCRIPT\]/);
      expect(call).not.toMatch(/\bcode\s*:|world\s*:|func\s*:/);
    }
    expect(src).toContain("PAGE_ACTIONS_SCRIPT = '/content-scripts/page-actions.js'");
  });

  it('the page-UI injector runs only our own bundled file and functions, in the isolated world; in all frames only to ask', () => {
    const src = withoutComments(readFileSync(INJECTOR, 'utf8'));
    const calls = src.split('executeScript(').slice(1).map((c) => c.slice(0, c.indexOf('});') + 1));
    expect(calls.length).toBeGreaterThanOrEqual(4);
    for (const call of calls) {
      // the top frame; or (a list in a same-origin frame) every frame, only to ask whether it runs, then the frames that
      // don't; or the page UI's on-demand part into the one frame whose start part asked for it
      expect(call).toMatch(/target: \{ tabId, frameIds: \[0\] \}|target: \{ tabId, allFrames: true \}|target: \{ tabId, frameIds \}|target: \{ tabId, frameIds: \[frameId\] \}, files: \[ON_DEMAND_SCRIPT\]/);
      if (/allFrames: true/.test(call)) expect(call).toMatch(/func: \(/);
      expect(call).toMatch(/files: \[PAGE_UI_SCRIPT\]|files: \[ON_DEMAND_SCRIPT\]|func: \(/);
      expect(call).not.toMatch(/\bcode\s*:|world\s*:/);
    }
    expect(src).toContain("PAGE_UI_SCRIPT = '/content-scripts/seller-central.js'");
    expect(readFileSync(path.join(ROOT, 'components/page/on-demand/shared-keys.ts'), 'utf8')).toContain("ON_DEMAND_SCRIPT = '/page-ui-on-demand.js'");
  });

  it('the page driver injects only its own bundled file, into the top frame of its work tab, in the isolated world', () => {
    const src = withoutComments(readFileSync(WORK_TAB, 'utf8'));
    const calls = src.split('executeScript(').slice(1).map((c) => c.slice(0, c.indexOf('});') + 1));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatch(/^\{ target: \{ tabId, frameIds: \[0\] \}, files: \[PAGE_ACTIONS_SCRIPT\] \}$/);
    expect(src).toContain("PAGE_ACTIONS_SCRIPT = '/content-scripts/page-actions.js'");
  });

  it('the comment stripper keeps code and URLs in strings', () => {
    expect(withoutComments('a.innerHTML = x; // innerHTML')).toContain('a.innerHTML');
    expect(withoutComments('// el.innerHTML = x')).not.toContain('innerHTML');
    expect(withoutComments('const u = "https://x"; /* eval( */')).toBe('const u = "https://x";            ');
  });
});
