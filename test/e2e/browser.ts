// Headless Chromium for the browser tests: Debian's package (apt-get install chromium
// chromium-driver), driven with playwright-core; no test tool ever downloads a browser. Without it
// the browser tests are skipped with a message saying so.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; MICROREACH_CHROMIUM points elsewhere (a path that does not exist shows the skip). */
export const CHROMIUM = process.env.MICROREACH_CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const NO_CHROMIUM = `Browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium chromium-driver; .ci/run installs them).`;

export const RESULTS_DIR = join(import.meta.dirname, '..', '..', 'test-results');

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Saves a full-page screenshot as test-results/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  // From the top, so the sticky header is drawn once, where it belongs.
  await page.evaluate('window.scrollTo(0, 0)');
  await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage: true });
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
