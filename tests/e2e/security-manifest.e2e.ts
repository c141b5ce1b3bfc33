/**
 * The built extension's attack surface: the manifest as Chromium loaded it (`chrome.runtime.getManifest()`:
 * CSP without unsafe-eval / unsafe-inline / remote hosts, no `externally_connectable`, web-accessible resources
 * only the content script's CSS on Seller Central with dynamic URLs), and the built bundles: every `http(s)://`
 * URL literal is a Seller Central host, an Amazon retail domain (links built for buyers), a `www.w3.org`
 * namespace, or a library's documentation link in an error message. The list found is printed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { MARKETPLACES } from '../../lib/marketplaces';
import { SELLER_CENTRAL_HOSTS, SELLER_CENTRAL_MATCHES } from '../../lib/seller-central/hosts';
import { generateReplicaData } from '../replica/data';
import { REPO_ROOT, launchWithExtension, type ExtensionSession } from '../replica/harness';
import { createReplicaServer } from '../replica/server';

const EXTENSION_DIR = path.resolve(REPO_ROOT, process.env.SI_EXTENSION_DIR ?? '.output/chrome-mv3');

interface Manifest {
  manifest_version: number;
  content_security_policy?: { extension_pages?: string; sandbox?: string };
  externally_connectable?: unknown;
  web_accessible_resources?: Array<{ resources: string[]; matches?: string[]; extension_ids?: string[]; use_dynamic_url?: boolean }>;
  sandbox?: unknown;
  permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[]; all_frames?: boolean; match_about_blank?: boolean; world?: string }>;
  update_url?: string;
}

let s: ExtensionSession;
let manifest: Manifest;
beforeAll(async () => {
  s = await launchWithExtension({ replica: createReplicaServer(generateReplicaData({ seed: 1, threads: 5 })), extensionDir: EXTENSION_DIR });
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
  manifest = await page.evaluate(() => chrome.runtime.getManifest()) as unknown as Manifest;
  await page.close();
});
afterAll(async () => { await s?.close(); });

describe('manifest as loaded', () => {
  it('has a strict CSP for extension pages and no sandbox pages', () => {
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    const directives = new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name = '', ...values] = d.split(/\s+/);
      return [name, values] as const;
    }));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(["'self'", "'none'"]).toContain(directives.get('object-src')?.join(' '));
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes|https?:|\*|data:|blob:/);
    expect(manifest.content_security_policy?.sandbox).toBeUndefined();
    expect(manifest.sandbox).toBeUndefined();
  });

  it('is not reachable from outside: no externally_connectable, no optional permissions, no update URL', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(manifest.update_url).toBeUndefined();
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...SELLER_CENTRAL_MATCHES].sort());
  });

  it('exposes only the content script CSS, to Seller Central, with dynamic URLs', () => {
    for (const war of manifest.web_accessible_resources ?? []) {
      expect(war.resources.every((r) => /^content-scripts\/[\w.-]+\.css$/.test(r)), war.resources.join(',')).toBe(true);
      expect(war.extension_ids ?? []).toEqual([]);
      expect((war.matches ?? []).every((m) => SELLER_CENTRAL_MATCHES.includes(m))).toBe(true);
      expect(war.use_dynamic_url).toBe(true);
    }
  });

  it('declares no content script: the page UI is injected by the background into Seller Central top frames', () => {
    expect(manifest.content_scripts ?? []).toEqual([]);
    const background = readFileSync(path.join(EXTENSION_DIR, 'background.js'), 'utf8');
    // the page UI file, into frame 0 (top) of a tab the scheduler checked is Seller Central, and into a same-origin
    // frame holding the messaging list once every frame was asked (tests/unit/security-static.test.ts checks the calls)
    expect(background).toContain('/content-scripts/seller-central.js');
    // the page UI's on-demand part (the case panels, the picker ...): an unlisted file, injected into the one frame
    // that asks for it, in the same isolated world; not web-accessible (executeScript needs no web_accessible_resources)
    expect(background).toContain('/page-ui-on-demand.js');
    expect(statSync(path.join(EXTENSION_DIR, 'page-ui-on-demand.js')).isFile()).toBe(true);
    expect((manifest.web_accessible_resources ?? []).flatMap((w) => w.resources)).not.toContain('page-ui-on-demand.js');
    expect((background.match(/allFrames\s*:\s*!0|allFrames\s*:\s*true/g) ?? []).length).toBeLessThanOrEqual(1);
    expect(background).not.toMatch(/world\s*:\s*["']MAIN["']/);
  });
});

describe('built bundles', () => {
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : /\.(m?js|html)$/.test(n) ? [p] : [];
  });

  /** Library error/documentation links and license comments: strings in thrown messages or comments, never fetched. */
  const LIBRARY_DOCS = [
    /^https:\/\/react\.dev\/errors\//,
    /^https:\/\/redux\.js\.org\/Errors/,
    /^https:\/\/redux-toolkit\.js\.org\/Errors/,
    /^https:\/\/github\.com\/date-fns\/date-fns\/blob\//,
    /^https:\/\/developer\.mozilla\.org\/en-US\/docs\//,
    /^https:\/\/bit\.ly\/3cXEKWf$/, // immer: minified error
    /^https?:\/\/bit\.ly\/2kdckMn$/, // dexie: transaction committed too early
    /^https:\/\/tinyurl\.com\/y2uuvskb$/, // dexie: IndexedDB missing
    /^https:\/\/github\.com\/mholt\/PapaParse$/, // papaparse: license comment (report parser worker)
  ];
  const retail = new Set(MARKETPLACES.map((m) => `www.${m.retailDomain}`));

  const classify = (url: string): string | undefined => {
    if (/^https:\/\/\$\{/.test(url) || /^https:\/\/www\.\$\{/.test(url)) return 'built from a marketplace host';
    if (/^http:\/\/www\.w3\.org\//.test(url)) return 'XML namespace';
    let host = '';
    try { host = new URL(url).hostname; } catch { return undefined; }
    if (url.startsWith('https://') && SELLER_CENTRAL_HOSTS.includes(host)) return 'Seller Central';
    if (url.startsWith('https://') && retail.has(host)) return 'Amazon retail (links for buyers)';
    if (LIBRARY_DOCS.some((re) => re.test(url))) return 'library documentation link';
    return undefined;
  };

  it('contain no URL other than Seller Central, Amazon retail, w3.org namespaces and library doc links', () => {
    const files = walk(EXTENSION_DIR);
    expect(files.some((f) => f.endsWith('background.js'))).toBe(true);
    const found = new Map<string, { kind: string; files: Set<string> }>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/https?:\/\/(?:\$\{|[A-Za-z0-9.-])[^\s"'`)<>\\]*/g)) {
        const url = m[0].replace(/[.,;]+$/, '');
        const kind = classify(url) ?? 'UNEXPECTED';
        const entry = found.get(url) ?? { kind, files: new Set<string>() };
        entry.files.add(path.relative(EXTENSION_DIR, file));
        found.set(url, entry);
      }
    }
    const list = [...found].map(([url, e]) => `${e.kind.padEnd(34)} ${url.slice(0, 100)}  (${[...e.files].join(', ')})`).sort();
    console.info(`URL literals in ${path.relative(REPO_ROOT, EXTENSION_DIR) || EXTENSION_DIR}:\n  ${list.join('\n  ')}`);
    expect(list.filter((l) => l.startsWith('UNEXPECTED'))).toEqual([]);
    expect([...found.keys()].filter((u) => u.startsWith('http://') && !/^http:\/\/(www\.w3\.org\/|bit\.ly\/2kdckMn$)/.test(u))).toEqual([]);
  });

  it('load no remote script and use no string-to-code in the bundles', () => {
    for (const file of walk(EXTENSION_DIR)) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/<script[^>]+src=["']?https?:/i);
      expect(text, file).not.toMatch(/\bimportScripts\s*\(\s*["'`]https?:/);
      expect(text, file).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
    }
  });
});
