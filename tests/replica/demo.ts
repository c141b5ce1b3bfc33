/**
 * `tsx tests/replica/demo.ts [--headless] [--screenshot FILE] [--threads N] [--seed N] [--no-extension] [--url URL]`
 * Chromium with the built extension (.output/chrome-mv3) on the Seller Central replica, opening the
 * messaging inbox v3 (`--url` opens another page, e.g. the old table inbox `/messaging/inbox`). Headed, it stays
 * open until the browser closes; with --screenshot it waits for the page to settle, writes a PNG and exits.
 */
import { generateReplicaData } from './data';
import { launchWithExtension, launchWithoutExtension } from './harness';
import { createReplicaServer } from './server';

const argv = process.argv.slice(2);
const flag = (name: string): boolean => argv.includes(`--${name}`);
const option = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};

const main = async (): Promise<void> => {
  const screenshot = option('screenshot');
  const headless = flag('headless') || Boolean(screenshot && !process.env.DISPLAY);
  if (!headless && !process.env.DISPLAY) {
    throw new Error('No display for a headed browser. Run `xvfb-run -a npx tsx tests/replica/demo.ts`, or add --headless / --screenshot FILE.');
  }
  const data = generateReplicaData({ seed: Number(option('seed') ?? 1), threads: Number(option('threads') ?? 500) });
  const replica = createReplicaServer(data);
  const session = flag('no-extension')
    ? await launchWithoutExtension({ headless, replica })
    : await launchWithExtension({ headless, replica });
  const page = session.context.pages()[0] ?? await session.context.newPage();
  const url = option('url') ?? 'https://sellercentral.amazon.com/messaging/inbox-v3';
  await page.goto(url);
  if (screenshot) {
    await page.waitForLoadState('networkidle').catch(() => undefined);
    await page.waitForTimeout(1000);
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`screenshot written to ${screenshot}`);
    if (session.blockedRequests.length) console.log(`blocked requests: ${session.blockedRequests.join(', ')}`);
    await session.close();
    return;
  }
  console.log(`Replica open at ${url} (${data.threads.length} threads). Close the browser to exit.`);
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
};

main().then(() => process.exit(0), (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
