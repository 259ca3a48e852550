// Headless Chromium for the browser tests (test/e2e): Debian's package (apt-get install chromium
// chromium-driver), driven with playwright-core; no test tool ever downloads a browser. Without it
// the browser tests are skipped with a message saying so. Also the rig most of them share: a migrated SQLite
// database in a temp dir, the server on a free port, one browser, and pages that record what goes wrong.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import type { Config } from '../../src/config.ts';
import { startServer, type RunningServer } from '../../src/http/start-server.ts';
import { connect, type DB } from '../../src/storage/connect.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { testConfig } from './commerce.ts';

/** Debian's Chromium; MICROREACH_CHROMIUM points elsewhere (a path that does not exist shows the skip). */
export const CHROMIUM = process.env.MICROREACH_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const NO_CHROMIUM = `Browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium chromium-driver; .ci/run installs them).`;

export const RESULTS_DIR = join(import.meta.dirname, '..', '..', 'test-results');

/** The brand's screen and the creator's phone (an iPhone 14/15-sized viewport, touch, British English). */
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  locale: 'en-GB',
  isMobile: true,
  hasTouch: true,
};

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      // No update, sync or first-run calls either: a request leaving the machine is a failure (watchPage).
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Saves a screenshot as <dir>/<name>.png (test-results/ unless told), of the whole page unless told. */
export async function screenshot(
  page: Page,
  name: string,
  { dir = RESULTS_DIR, fullPage = true }: { dir?: string; fullPage?: boolean } = {},
): Promise<void> {
  mkdirSync(dir, { recursive: true });
  // From the top, so the sticky header is drawn once, where it belongs.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage });
}

/** Collects what the page complains about: console errors, uncaught exceptions, failed requests, requests to other hosts. */
export function watchPage(page: Page, origin: string): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      problems.push(`outside request: ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  return problems;
}

/** The page's width beyond the viewport (0 when nothing forces a sideways scroll). */
export const overflowX = (page: Page) =>
  page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth') as Promise<number>;

export interface BrowserRig {
  dir: string;
  config: Config;
  db: DB;
  /** Starts the server on a free port and the browser; call once, after seeding. */
  serve(): Promise<{ server: RunningServer; browser: Browser }>;
  /** A new page in its own context (closed with it), watched (watchPage) against this server's origin. */
  open(options?: BrowserContextOptions): Promise<{ page: Page; problems: string[] }>;
  /** Closes what was started (browser, server, database) and removes the temp dir. */
  close(): Promise<void>;
}

/** A migrated SQLite database in a fresh temp dir (also the data dir), with `env` over the test config. */
export async function browserRig(name: string, env: Record<string, string> = {}): Promise<BrowserRig> {
  const dir = mkdtempSync(join(tmpdir(), `mr-${name}-`));
  const config = testConfig({ DATABASE_URL: join(dir, `${name}.db`), MICROREACH_DATA_DIR: dir, ...env });
  const db = connect(config.database);
  await migrateToLatest(db);
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  return {
    dir,
    config,
    db,
    async serve() {
      server = await startServer({ db, config }, { host: '127.0.0.1', port: 0 });
      browser = await launchChromium();
      return { server, browser };
    },
    async open(options = DESKTOP) {
      if (!server || !browser) throw new Error('browserRig: serve() before open()');
      const page = await browser.newPage(options);
      return { page, problems: watchPage(page, server.url) };
    },
    async close() {
      await browser?.close();
      await server?.close();
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
