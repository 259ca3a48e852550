// Before any test: build the web app once when the browser tests will run and dist/web is stale
// (one build, not one per test file racing on dist/web).
import { buildWeb } from '../../scripts/build-web.ts';
import { hasChromium, NO_CHROMIUM } from '../support/browser.ts';

export default async function setup() {
  if (!hasChromium) {
    process.stderr.write(`\n${NO_CHROMIUM}\n\n`);
    return;
  }
  await buildWeb({ log: (line) => process.stderr.write(`${line}\n`) });
}
