/**
 * Builds the replica client (tests/replica/client/main.tsx) with esbuild once and caches it. While the
 * entry does not exist a tiny placeholder script is served; a failed build is served as an error script
 * and retried on the next request.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ClientBundle { js: string; css: string; built: boolean }

export const DEFAULT_CLIENT_ENTRY = fileURLToPath(new URL('../client/main.tsx', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const messageScript = (message: string, level: 'info' | 'error'): string => [
  '(function(){',
  `var msg=${JSON.stringify(message)};`,
  `console.${level === 'error' ? 'error' : 'info'}('[replica] '+msg);`,
  "var root=document.getElementById('sc-content-root');",
  "if(root){var p=document.createElement('p');p.className='replica-client-missing';p.textContent=msg;root.appendChild(p);}",
  '})();',
].join('');

export const createClientBundler = (entry: string = DEFAULT_CLIENT_ENTRY): { get(): Promise<ClientBundle> } => {
  let cached: Promise<ClientBundle> | undefined;
  const build = async (): Promise<ClientBundle> => {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      entryPoints: [entry], bundle: true, format: 'iife', jsx: 'automatic', minify: true, write: false,
      outdir: path.join(ROOT, '.replica-client-out'), platform: 'browser', target: 'chrome120', logLevel: 'silent',
      absWorkingDir: ROOT, define: { 'process.env.NODE_ENV': '"production"' }, charset: 'utf8',
    });
    const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? '';
    const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';
    return { js, css, built: true };
  };
  return {
    async get() {
      if (!existsSync(entry)) {
        return { js: messageScript(`Replica client not built yet: ${path.relative(ROOT, entry)} does not exist.`, 'info'), css: '', built: false };
      }
      cached ??= build();
      try {
        return await cached;
      } catch (error) {
        cached = undefined;
        const text = error instanceof Error ? error.message : String(error);
        return { js: messageScript(`Replica client build failed: ${text}`, 'error'), css: '', built: false };
      }
    },
  };
};
