// The outgoing webhooks API: admins add endpoints (secret shown once), rotate, send a test event, read
// the delivery log and replay; members are refused; another workspace sees and reaches none of it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { createdEndpointSchema, endpointListSchema, sendListSchema } from '../../src/http/schemas/webhook-endpoints.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { createUser } from '../../src/services/access/create-user.ts';
import { testConfig } from '../support/commerce.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

describe.each(testDialects)('webhook endpoints API on %s', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  const tokens: Record<string, string> = {};
  const api = (as: string, path: string, body?: unknown) =>
    app.request(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${tokens[as]}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    for (const [who, workspace, role] of [
      ['admin', 'acme', 'admin'],
      ['member', 'acme', 'member'],
      ['eve', 'other', 'owner'],
    ] as const) {
      const u = await createUser(t.db, { email: `${who}@x.test`, password: 'correct horse battery', workspace, role });
      tokens[who] = (await createApiToken(t.db, u.workspaceId, 't', { userId: u.userId })).token;
    }
    app = createApp({ db: t.db, config: testConfig() });
  });
  afterEach(async () => t.close());

  it('adds, lists, rotates, tests and logs; refuses members and other workspaces', async () => {
    const made = await api('admin', '/api/v1/webhook-endpoints', {
      url: 'https://hooks.example/a',
      events: ['deal.updated'],
    });
    expect(made.status).toBe(201);
    const ep = createdEndpointSchema.parse(await made.json());
    expect(ep.secret).toMatch(/^whsec_/);
    const list = endpointListSchema.parse(await (await api('admin', '/api/v1/webhook-endpoints')).json());
    expect(list.items.map((e) => e.url)).toEqual(['https://hooks.example/a']);
    expect(JSON.stringify(list)).not.toContain(ep.secret);
    expect(list.event_types).toContain('payout.paid');

    const rotated = await api('admin', `/api/v1/webhook-endpoints/${ep.id}/rotate`, {});
    expect(rotated.status).toBe(200);
    expect(((await rotated.json()) as { secret: string }).secret).not.toBe(ep.secret);
    expect((await api('admin', `/api/v1/webhook-endpoints/${ep.id}/test`, {})).status).toBe(200);
    const log = sendListSchema.parse(
      await (await api('admin', `/api/v1/webhook-endpoints/${ep.id}/deliveries`)).json(),
    );
    expect(log.items).toMatchObject([{ type: 'webhook.test', status: 'pending', attempts: 0 }]);
    const replay = await api('admin', `/api/v1/webhook-endpoints/deliveries/${log.items[0]!.id}/replay`, {});
    expect(replay.status).toBe(200);

    const bad = await api('admin', '/api/v1/webhook-endpoints', {
      url: 'https://x.example',
      events: ['order.exploded'],
    });
    expect(bad.status).toBe(400);
    expect((await api('member', '/api/v1/webhook-endpoints')).status).toBe(403);

    // Another workspace: sees none, reaches none.
    expect(endpointListSchema.parse(await (await api('eve', '/api/v1/webhook-endpoints')).json()).items).toEqual([]);
    expect((await api('eve', `/api/v1/webhook-endpoints/${ep.id}/deliveries`)).status).toBe(404);
    expect((await api('eve', `/api/v1/webhook-endpoints/${ep.id}/rotate`, {})).status).toBe(404);
    expect((await api('eve', `/api/v1/webhook-endpoints/${ep.id}/test`, {})).status).toBe(404);
    expect((await api('eve', `/api/v1/webhook-endpoints/deliveries/${log.items[0]!.id}/replay`, {})).status).toBe(404);
  });
});
