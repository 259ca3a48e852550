// Threat: growing the server's memory with made-up URLs. /assets/* remembered every name it was asked
// for, found or not, so a loop over random names grew a map without bound. Now only files that exist
// are kept; a miss is not remembered (so a file that appears later, from a new build, is served).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { quietRuntime, testConfig } from '../support/commerce.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

describe('the built-asset cache', () => {
  let t: TestDatabase;
  let root: string;
  beforeEach(async () => {
    t = await openTestDatabase('sqlite');
    root = mkdtempSync(join(tmpdir(), 'mr-assets-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'assets', 'app-abc123.js'), 'console.log(1)');
  });
  afterEach(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves built files, and does not remember names that were not found', async () => {
    const app = createApp({ db: t.db, config: testConfig(), runtime: quietRuntime(t.db), webRoot: root });
    expect((await app.request('/assets/app-abc123.js')).status).toBe(200);
    for (let i = 0; i < 2_000; i++) expect((await app.request(`/assets/made-up-${i}.js`)).status).toBe(404);
    expect((await app.request('/assets/../../etc/passwd')).status).toBe(404);

    writeFileSync(join(root, 'assets', 'made-up-7.js'), 'console.log(7)');
    const later = await app.request('/assets/made-up-7.js');
    expect(later.status).toBe(200);
    expect(await later.text()).toBe('console.log(7)');
  });
});
