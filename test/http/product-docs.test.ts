// docs/*.md are served to the web app's "?" links as plain text, and nothing else under that path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import type { Runtime } from '../../src/services/server-caches-and-buffers.ts';
import { quietRuntime, testConfig } from '../support/commerce.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

describe('the product docs route', () => {
  let t: TestDatabase;
  let runtime: Runtime;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    runtime = quietRuntime(t.db);
    app = createApp({ db: t.db, config: testConfig(), runtime });
  });
  afterAll(async () => {
    await runtime.close();
    await t.close();
  });

  it.each(['numbers.md', 'rules.md'])('serves docs/%s as text', async (name) => {
    const res = await app.request(`/docs/${name}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toMatch(/^# The (numbers|rules) microreach (shows|applies)/);
  });

  it.each(['/docs/missing.md', '/docs/..%2Fpackage.json', '/docs/%2E%2E%2FREADME.md', '/docs/brief-example.json'])(
    'answers 404 to %s',
    async (path) => {
      expect((await app.request(path)).status).toBe(404);
    },
  );
});
