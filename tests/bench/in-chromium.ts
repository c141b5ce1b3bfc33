/**
 * Runs a bench module inside a real Chromium page: the module is bundled with esbuild (iife) and its
 * `globalThis.__bench()` result returned. Speed goals are measured here, never in timed unit tests.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

export async function runInChromium<T>(entry: string): Promise<T> {
  const out = await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, platform: 'browser', minify: true, logLevel: 'error' });
  const code = out.outputFiles[0]?.text ?? '';
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--js-flags=--expose-gc'],
  });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await page.addScriptTag({ content: code });
    return (await page.evaluate('globalThis.__bench()')) as T;
  } finally {
    await browser.close();
  }
}

