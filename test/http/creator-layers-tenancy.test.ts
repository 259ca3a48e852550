// Issue 11 item 1: a workspace's file never rewrites what another workspace sees. Workspace B has
// creators from the shared layer (connectors), a campaign, codes and orders; workspace A imports a
// CSV naming the same creators with its own names, emails, numbers and bios. Every route that reads
// creators answers B exactly as before, and nothing of A's file reaches B — not even its file name —
// while A sees its own values on top of the shared ones and its own self-referral flags.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { orderRowSchema, orderRowToRecord } from '../../src/connectors/files/order-row-schema.ts';
import { createApp } from '../../src/http/app.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { importOrders } from '../../src/services/orders/import-orders.ts';
import type { Runtime } from '../../src/services/server-caches-and-buffers.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { quietRuntime, testConfig } from '../support/commerce.ts';
import { jsonBody } from '../support/json-body.ts';
import { seedSmallWorld, type SmallWorld } from '../support/small-world.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

const A_FILE = 'a-secret-list.csv';
const A_CSV = [
  'handle,name,email,followers,bio,category',
  "toe.ring.tara,Tara From A,tara-private@a.example,999k,A's private bio,A-Category",
  'anklet.anna,Anna From A,anna-private@a.example,1.5m,A writes this,A-Category',
  'only.in.a,Only In A,only@a.example,5k,nobody else knows,A-Category',
].join('\n');
/** Strings of A's file that must never appear in anything B reads. */
const A_SECRETS = [
  A_FILE,
  'tara-private@a.example',
  'anna-private@a.example',
  'Tara From A',
  'Anna From A',
  'only.in.a',
  'A-Category',
  "A's private bio",
  'A writes this',
  '999000',
  '1500000',
];

/** Many requests over a seeded world; Postgres on a busy machine needs more than the default. */
const SLOW = 60_000;

describe.each(testDialects)('creator data layers across two workspaces on %s', (dialect) => {
  let t: TestDatabase;
  let runtime: Runtime;
  let app: ReturnType<typeof createApp>;
  let world: SmallWorld;
  let tokenA: string;
  let tokenB: string;
  let workspaceA: number;
  const call = (token: string, path: string, init: { method?: string; body?: unknown } = {}) =>
    app.request(path, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${token}`,
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  const tara = () => world.creatorIds['toe.ring.tara']!;

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    world = await seedSmallWorld(t.db, { slug: 'brand-b' });
    workspaceA = (await ensureWorkspace(t.db, 'brand-a')).id;
    tokenA = (await createApiToken(t.db, workspaceA, 'test')).token;
    tokenB = (await createApiToken(t.db, world.workspaceId, 'test')).token;
    runtime = quietRuntime(t.db);
    app = createApp({ db: t.db, config: testConfig(), runtime });
  }, SLOW);
  afterEach(async () => {
    await runtime.close();
    await t.close();
  });

  /** Every route that reads creators, as B sees it (bodies as text; volatile timings removed). */
  async function viewOf(token: string) {
    const campaign = world.demoCampaignId;
    const gets = [
      '/api/v1/creators',
      '/api/v1/creators?scope=workspace',
      '/api/v1/creators?q=tara',
      '/api/v1/creators?tier=mid',
      '/api/v1/creators?include_demo=true',
      `/api/v1/creators/${tara()}`,
      `/api/v1/creators/${tara()}/vetting`,
      `/api/v1/campaigns/${campaign}`,
      `/api/v1/campaigns/${campaign}/creators`,
      `/api/v1/campaigns/${campaign}/report`,
      `/api/v1/campaigns/${campaign}/report.csv`,
      '/api/v1/orders',
      '/api/v1/imports',
    ];
    const view: Record<string, string> = {};
    for (const path of gets) {
      const res = await call(token, path);
      expect(res.status, path).toBe(200);
      view[path] = stable(await res.text());
    }
    for (const brief of [
      { niche: { keywords: ['anklets'] } },
      { niche: { keywords: ['anklets'] }, has_email: true },
      { like: ['instagram:toe.ring.tara'] },
    ]) {
      const path = brief.like ? '/api/v1/lookalikes' : '/api/v1/discover';
      const res = await call(token, path, { method: 'POST', body: brief });
      expect(res.status, path).toBe(200);
      view[`${path} ${JSON.stringify(brief)}`] = stable(await res.text());
    }
    return view;
  }

  const importAsA = async () => {
    const form = new FormData();
    form.append('file', new File([A_CSV], A_FILE, { type: 'text/csv' }));
    form.append('platform', 'instagram');
    const res = await app.request('/api/v1/imports', {
      method: 'POST',
      headers: { authorization: `Bearer ${tokenA}` },
      body: form,
    });
    expect(res.status).toBe(201);
    expect(await jsonBody(res)).toMatchObject({ imported: 3, rejected: 0 });
  };

  const orderWith = (workspaceId: number, id: string, code: string, email: string) =>
    importOrders(t.db, workspaceId, 'orders.csv', {
      records: [
        {
          label: id,
          value: orderRowToRecord(
            orderRowSchema.parse({
              order_id: id,
              placed_at: new Date().toISOString(),
              currency: 'GBP',
              subtotal: '40.00',
              codes: code,
              email,
            }),
          ),
        },
      ],
      rejections: [],
      warnings: [],
    });
  const flagsOf = async (token: string, orderName: string) => {
    const orders = (await jsonBody(await call(token, '/api/v1/orders?per_page=100'))).items as {
      external_id: string;
      attribution: { flags: { kind: string }[] } | null;
    }[];
    const order = orders.find((o) => o.external_id === orderName);
    expect(order, orderName).toBeDefined();
    return order!.attribution?.flags.map((f) => f.kind) ?? [];
  };

  it(
    'B reads exactly the same answers on every creator route after A imports a file about its creators',
    async () => {
      const before = await viewOf(tokenB);
      await importAsA();
      const after = await viewOf(tokenB);
      for (const path of Object.keys(before)) expect(after[path], path).toBe(before[path]);
      const everything = Object.values(after).join('\n');
      for (const secret of A_SECRETS) expect(everything, secret).not.toContain(secret);
    },
    SLOW,
  );

  it(
    'A sees its own values with their source on top of the shared layer, which keeps its numbers',
    async () => {
      const sharedBefore = await jsonBody(await call(tokenB, `/api/v1/creators/${tara()}`));
      await importAsA();
      const seenByA = await jsonBody(await call(tokenA, `/api/v1/creators/${tara()}`));
      expect(seenByA).toMatchObject({
        display_name: 'Tara From A',
        email: 'tara-private@a.example',
        your_data: {
          display_name: 'Tara From A',
          email: 'tara-private@a.example',
          categories: ['A-Category'],
          source: `csv:${A_FILE}`,
        },
      });
      const account = seenByA.accounts[0];
      expect(account.followers).toBe(sharedBefore.accounts[0].followers);
      expect(account.bio).toBe(sharedBefore.accounts[0].bio);
      expect(account.your_import).toMatchObject({
        followers: 999_000,
        bio: "A's private bio",
        source: `csv:${A_FILE}`,
      });
      expect((await jsonBody(await call(tokenA, `/api/v1/creators/${tara()}/vetting`))).your_import).toMatchObject({
        followers: 999_000,
      });
      // The account only A's file names is A's alone.
      const onlyInA = await jsonBody(await call(tokenA, '/api/v1/creators?q=only.in.a'));
      expect(onlyInA.items.map((c: { email: string }) => c.email)).toEqual(['only@a.example']);
      expect((await jsonBody(await call(tokenB, '/api/v1/creators?q=only.in.a'))).total).toBe(0);
      const onlyId = onlyInA.items[0].id as number;
      expect((await call(tokenB, `/api/v1/creators/${onlyId}`)).status).toBe(404);
      expect((await call(tokenB, `/api/v1/creators/${onlyId}/vetting`)).status).toBe(404);
    },
    SLOW,
  );

  it(
    "self-referral uses the email as known to the workspace: A's import never flags B's orders",
    async () => {
      await importAsA();
      const enrolled = (await jsonBody(await call(tokenB, `/api/v1/campaigns/${world.demoCampaignId}/creators`)))
        .items as { code: string | null; account: { handle: string } }[];
      const taraCode = enrolled.find((e) => e.account.handle === 'toe.ring.tara')!.code!;
      // Tara orders with her own code using the email only A knows: for B this is an ordinary order.
      await orderWith(world.workspaceId, 'B-1', taraCode, 'tara-private@a.example');
      expect(await flagsOf(tokenB, 'B-1')).not.toContain('self_referral');

      // In A, which knows that email as Tara's, the same kind of order is a self-referral.
      await call(tokenA, '/api/v1/workspace/domains', { method: 'PUT', body: { domains: ['shop.a.example'] } });
      const campaign = await jsonBody(
        await call(tokenA, '/api/v1/campaigns', {
          method: 'POST',
          body: { name: 'A anklets', destination_url: 'https://shop.a.example/' },
        }),
      );
      const enrolledInA = await call(tokenA, `/api/v1/campaigns/${campaign.id}/creators`, {
        method: 'POST',
        body: { creator: 'instagram:toe.ring.tara', code: 'ATARA' },
      });
      expect(enrolledInA.status).toBe(201);
      await orderWith(workspaceA, 'A-1', 'ATARA', 'tara-private@a.example');
      expect(await flagsOf(tokenA, 'A-1')).toContain('self_referral');
    },
    SLOW,
  );
});

/** A body without the fields that depend on the moment of the read (timing, "now"), so two reads of unchanged data compare equal. */
function stable(text: string): string {
  return text
    .replace(/"took_ms":[0-9.]+/g, '"took_ms":0')
    .replace(/"as_of":"[0-9T:.Z-]+"/g, '"as_of":"now"')
    .replace(/"days_since_last_post":[0-9.]+/g, '"days_since_last_post":0');
}
