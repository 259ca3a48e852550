// The Instagram story-mention webhook: Meta's verification handshake, the X-Hub-Signature-256 check before anything
// is parsed, the documented delivery stored and recorded as her story, a redelivery that changes nothing, an unknown
// sender handed to the job that resolves her IGSID (answering at once), and a body over the limit refused.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signHubPayload } from '../../src/connectors/instagram/webhooks/verify-hub-signature.ts';
import { portalWorld } from '../support/portal-world.ts';
import { openTestDatabase, type TestDatabase } from '../support/test-db.ts';

const SECRET = 'meta-app-secret-for-tests';
const FIXTURE = readFileSync(
  fileURLToPath(new URL('../fixtures/meta-story-mention/story-mention.json', import.meta.url)),
);
const SENDER = '17841405793187218';

describe('Instagram story-mention webhook', () => {
  let t: TestDatabase;
  let world: Awaited<ReturnType<typeof portalWorld>>;
  beforeEach(async () => {
    t = await openTestDatabase('sqlite');
    world = await portalWorld(t, { META_APP_SECRET: SECRET, META_WEBHOOK_VERIFY_TOKEN: 'typed-in-dashboard' });
    // The fixture's mention is of 2019-09-23.
    await t.db.updateTable('campaigns').set({ starts_on: '2019-09-01', ends_on: '2019-09-30' }).execute();
  });
  afterEach(async () => t.close());

  const deliver = (body: Uint8Array, signature = signHubPayload(SECRET, body)) =>
    world.app.request('/meta-webhooks/instagram/acme', {
      method: 'POST',
      headers: { host: 'localhost', 'content-type': 'application/json', 'x-hub-signature-256': signature },
      body,
    });
  const deliveries = () =>
    t.db.selectFrom('story_mention_deliveries').select(['outcome', 'error', 'content_id']).execute();
  const stories = () => t.db.selectFrom('content_posts').select(['kind', 'url', 'source', 'posted_at']).execute();

  it('answers the handshake only with the configured verify token', async () => {
    const hub = (token: string) =>
      world.app.request(
        `/meta-webhooks/instagram/acme?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=1158201444`,
        { headers: { host: 'localhost' } },
      );
    const ok = await hub('typed-in-dashboard');
    expect([ok.status, await ok.text()]).toEqual([200, '1158201444']);
    expect((await hub('guessed')).status).toBe(403);
  });

  it('refuses an unsigned or wrongly signed body before reading it, and stores nothing', async () => {
    const notJson = new TextEncoder().encode('{not json');
    expect((await deliver(notJson, 'sha256=' + '0'.repeat(64))).status).toBe(401);
    expect((await deliver(FIXTURE, '')).status).toBe(401);
    expect((await deliver(FIXTURE, signHubPayload('another-secret', FIXTURE))).status).toBe(401);
    expect((await deliver(notJson)).status).toBe(400);
    expect(await deliveries()).toEqual([]);
  });

  it('records the mention of an enrolled creator once, and queues an unknown sender for resolution', async () => {
    const unknown = await deliver(FIXTURE);
    expect(await unknown.json()).toEqual({ ok: true, recorded: 0, unmatched: 0, resolving: 1, repeated: 0 });
    expect(await deliveries()).toEqual([{ outcome: 'resolving', error: null, content_id: null }]);
    expect(await t.db.selectFrom('jobs').select(['kind', 'payload']).execute()).toEqual([
      { kind: 'instagram.story_sender', payload: JSON.stringify({ delivery_id: 1 }) },
    ]);

    await t.db.deleteFrom('story_mention_deliveries').execute();
    await t.db.updateTable('accounts').set({ external_id: SENDER }).where('handle', '=', 'ana.anklets').execute();
    const recorded = { ok: true, recorded: 1, unmatched: 0, resolving: 0, repeated: 0 };
    expect(await (await deliver(FIXTURE)).json()).toEqual(recorded);
    const repeated = { ok: true, recorded: 0, unmatched: 0, resolving: 0, repeated: 1 };
    expect(await (await deliver(FIXTURE)).json()).toEqual(repeated);
    expect(await stories()).toEqual([
      {
        kind: 'story',
        url: 'https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=17900000000000001&signature=example',
        source: 'story_mention',
        posted_at: '2019-09-23T18:14:45.349Z',
      },
    ]);
    expect((await deliveries()).map((d) => d.outcome)).toEqual(['recorded']);
  });

  it('refuses a body over the limit', async () => {
    const big = new Uint8Array(300 * 1024).fill(0x20);
    const res = await deliver(big);
    expect(res.status).toBe(413);
    expect(await deliveries()).toEqual([]);
  });
});
