// Codes created and deactivated in the store by durable jobs (issue 15, item 1): enrolment enqueues
// code.sync (and code.deactivate for the campaign's end) in its transaction; the job runner, on an
// injected clock, creates the code once even across a timeout and a retry, fails for good with the
// store's words on a refusal, and deactivates the code when the campaign ends — against the local
// replay servers of Shopify's Admin GraphQL API and WooCommerce's REST coupons.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCampaignSchema, enrollCreatorSchema } from '../../../src/http/schemas/campaigns.ts';
import { createCampaign } from '../../../src/services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../../src/services/campaigns/enroll-creator.ts';
import { codeDeactivateJob } from '../../../src/services/codes/deactivate-code-job.ts';
import { scheduleCodeDeactivation } from '../../../src/services/codes/enqueue-code-jobs.ts';
import { codeSyncJob } from '../../../src/services/codes/sync-code-job.ts';
import { jobHandlers } from '../../../src/services/jobs/job-handlers.ts';
import { runDueJobs } from '../../../src/services/jobs/run-due-jobs.ts';
import { connectStore } from '../../../src/services/stores/connect-store.ts';
import { enqueueJob } from '../../../src/storage/jobs/enqueue-job.ts';
import type { StorePlatform } from '../../../src/storage/schema.ts';
import { setAllowedDomains } from '../../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { TEST_SECRET_KEY } from '../../support/commerce.ts';
import { creatorRecord, storeCreators } from '../../support/factories.ts';
import { type AdminReplay, startShopifyAdminReplay, startWooCouponsReplay } from '../../support/store-admin-replay.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const key = Buffer.from(TEST_SECRET_KEY, 'hex');
const TOKEN = 'shpat_test_0123456789abcdef';
const ENROLLED_AT = new Date('2026-03-10T09:00:00.000Z');

const stores: { platform: StorePlatform; start: () => Promise<AdminReplay>; admin: (origin: string) => object }[] = [
  {
    platform: 'shopify',
    start: () => startShopifyAdminReplay(TOKEN),
    admin: (origin) => ({ url: `${origin}/admin/api/2025-01/graphql.json`, credentials: { admin_token: TOKEN } }),
  },
  {
    platform: 'woocommerce',
    start: () => startWooCouponsReplay('ck_test', 'cs_test'),
    admin: (origin) => ({ url: origin, credentials: { consumer_key: 'ck_test', consumer_secret: 'cs_test' } }),
  },
];

describe('the job registry', () => {
  it('runs code.sync and code.deactivate', () => {
    const kinds = jobHandlers({ secretKey: key, publicOrigin: 'http://localhost' }).map((h) => h.kind);
    expect(kinds).toEqual(expect.arrayContaining(['code.sync', 'code.deactivate']));
  });
});

describe.each(testDialects)('discount code jobs on %s', (dialect) => {
  describe.each(stores)('$platform', ({ platform, start, admin }) => {
    let t: TestDatabase;
    let store: AdminReplay;
    let ws: number;
    let campaignId: number;
    const handlers = [codeSyncJob({ key: () => key, timeoutMs: 300 }), codeDeactivateJob({ key: () => key })];
    const run = (iso: string | Date) => runDueJobs(t.db, handlers, { now: new Date(iso), random: () => 0.5 });
    const enroll = async (handle: string, terms: Record<string, unknown>) =>
      enrollCreator(
        t.db,
        ws,
        campaignId,
        enrollCreatorSchema.parse({ creator: `instagram:${handle}`, ...terms }),
        () => ENROLLED_AT,
      );
    const codeRow = (id: number) =>
      t.db.selectFrom('discount_codes').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const jobsOf = (kind: string) =>
      t.db.selectFrom('jobs').selectAll().where('kind', '=', kind).orderBy('id').execute();
    const creates = () =>
      store.requests.filter((r) =>
        platform === 'shopify' ? r.operation === 'discountCodeBasicCreate' : r.method === 'POST',
      );

    beforeEach(async () => {
      t = await openTestDatabase(dialect);
      store = await start();
      ws = (await ensureWorkspace(t.db, 'acme', { currency: 'GBP' })).id;
      await setAllowedDomains(t.db, ws, ['shop.example']);
      await storeCreators(t.db, ws, [creatorRecord({}, { handle: 'ana', followers: 30_000 })]);
      campaignId = (
        await createCampaign(
          t.db,
          ws,
          createCampaignSchema.parse({
            name: 'Spring',
            destination_url: 'https://shop.example/',
            currency: 'GBP',
            starts_on: '2026-03-01',
            ends_on: '2026-03-31',
          }),
        )
      ).id;
      await connectStore(t.db, key, ws, platform, 'webhook-secret-1', 'shop.example', admin(store.origin) as never);
    });
    afterEach(async () => {
      await store.close();
      await t.close();
    });

    it('enrolment enqueues the jobs and answers before the store is asked', async () => {
      const { codeId } = await enroll('ana', { code: 'ANA20', code_percent_off: 20 });
      expect(store.requests).toHaveLength(0);
      expect((await codeRow(codeId!)).sync_status).toBe('pending');
      expect(await jobsOf('code.sync')).toMatchObject([
        {
          idempotency_key: `code.sync:${codeId}`,
          workspace_id: ws,
          status: 'queued',
          run_at: ENROLLED_AT.toISOString(),
        },
      ]);
      expect(await jobsOf('code.deactivate')).toMatchObject([
        {
          idempotency_key: `code.deactivate:${codeId}:2026-03-31`,
          status: 'queued',
          run_at: '2026-04-01T00:00:00.000Z',
        },
      ]);
      expect(await run(ENROLLED_AT)).toMatchObject({ claimed: 1, done: 1 });
      expect(await codeRow(codeId!)).toMatchObject({ sync_status: 'synced', sync_error: null });
      expect(store.codes.map((c) => c.code)).toEqual(['ANA20']);
      // Nothing more is due; a later pass before the end asks the store nothing.
      expect(await run('2026-03-20T00:00:00Z')).toMatchObject({ claimed: 0 });
      expect(creates()).toHaveLength(1);
    });

    it('creates the code in the store once when the first attempt times out and the job retries', async () => {
      const { codeId } = await enroll('ana', { code: 'ANA20', code_percent_off: 20 });
      store.stallNextCreate(1_500);
      expect(await run(ENROLLED_AT)).toMatchObject({ claimed: 1, retried: 1 });
      const [job] = await jobsOf('code.sync');
      expect(job).toMatchObject({
        status: 'queued',
        attempts: 1,
        last_error: expect.stringMatching(/could not reach/),
      });
      expect((await codeRow(codeId!)).sync_status).toBe('pending');
      // Backoff: not due again at once.
      expect(await run(ENROLLED_AT)).toMatchObject({ claimed: 0 });
      expect(await run(job!.run_at)).toMatchObject({ claimed: 1, done: 1 });
      expect(await codeRow(codeId!)).toMatchObject({ sync_status: 'synced' });
      expect(store.codes).toHaveLength(1);
      expect(creates()).toHaveLength(1);
    });

    it("fails the job for good with the store's words when the store refuses", async () => {
      await connectStore(t.db, key, ws, platform, 'webhook-secret-1', 'shop.example', {
        ...(admin(store.origin) as { url: string }),
        credentials:
          platform === 'shopify' ? { admin_token: 'wrong' } : { consumer_key: 'ck_test', consumer_secret: 'no' },
      });
      const { codeId } = await enroll('ana', { code: 'ANA20', code_percent_off: 20 });
      expect(await run(ENROLLED_AT)).toMatchObject({ claimed: 1, failed: 1 });
      const words = platform === 'shopify' ? /401: \[API\] Invalid API key/ : /401: Sorry, you cannot list resources/;
      expect((await jobsOf('code.sync'))[0]).toMatchObject({
        status: 'failed',
        last_error: expect.stringMatching(words),
      });
      expect(await codeRow(codeId!)).toMatchObject({ sync_status: 'failed', sync_error: expect.stringMatching(words) });
      expect(store.codes).toHaveLength(0);
    });

    it('records not_synced with the reason when no store is connected, for codes sync to pick up later', async () => {
      await t.db.deleteFrom('store_connections').execute();
      const { codeId } = await enroll('ana', { code: 'ANA20', code_percent_off: 20 });
      expect(await run(ENROLLED_AT)).toMatchObject({ claimed: 1, done: 1 });
      expect(await codeRow(codeId!)).toMatchObject({
        sync_status: 'not_synced',
        sync_error: expect.stringMatching(/no store with Admin API access/),
      });
      // At the campaign's end there is nothing in the store to deactivate.
      expect(await run('2026-04-01T00:00:00Z')).toMatchObject({ claimed: 1, done: 1 });
      expect((await jobsOf('code.deactivate'))[0]!.result).toMatch(/not_synced/);
      expect(store.requests).toHaveLength(0);
    });

    it('deactivates the code in the store when the campaign ends, without anyone running codes sync', async () => {
      const { codeId } = await enroll('ana', { code: 'ANA20', code_percent_off: 20 });
      await run(ENROLLED_AT);
      expect(await run('2026-03-31T23:59:59Z')).toMatchObject({ claimed: 0 });
      expect(store.codes[0]!.active).toBe(true);
      expect(await run('2026-04-01T00:00:00Z')).toMatchObject({ claimed: 1, done: 1 });
      expect(store.codes[0]!.active).toBe(false);
      expect(await codeRow(codeId!)).toMatchObject({
        sync_status: 'deactivated',
        deactivated_at: '2026-04-01T00:00:00.000Z',
      });
      expect((await jobsOf('code.deactivate'))[0]).toMatchObject({ status: 'done' });
    });

    it('follows a changed end date: the old job does nothing, the new one deactivates on the new end', async () => {
      const { codeId } = await enroll('ana', { code: 'ANA20', code_percent_off: 20 });
      await run(ENROLLED_AT);
      await t.db.updateTable('campaigns').set({ ends_on: '2026-04-15' }).where('id', '=', campaignId).execute();
      await scheduleCodeDeactivation(t.db, ws, codeId!, '2026-04-15', '2026-03-20T00:00:00.000Z');
      expect(await run('2026-04-01T00:00:00Z')).toMatchObject({ claimed: 1, done: 1 });
      expect(store.codes[0]!.active).toBe(true);
      expect((await codeRow(codeId!)).sync_status).toBe('synced');
      expect(await run('2026-04-16T00:00:00Z')).toMatchObject({ claimed: 1, done: 1 });
      expect(store.codes[0]!.active).toBe(false);
    });

    it('waits for a code still being created before deactivating it', async () => {
      const { codeId } = await enroll('ana', { code: 'ANA20', code_percent_off: 20 });
      // The store was unreachable all month: the creation is still pending when the campaign ends.
      await t.db
        .updateTable('jobs')
        .set({ run_at: '2026-04-05T00:00:00.000Z' })
        .where('kind', '=', 'code.sync')
        .execute();
      expect(await run('2026-04-01T00:00:00Z')).toMatchObject({ claimed: 1, retried: 1 });
      expect((await jobsOf('code.deactivate'))[0]).toMatchObject({
        status: 'queued',
        last_error: 'the code is not created in the store yet',
      });
      await run('2026-04-05T00:00:00Z');
      const [deactivate] = await jobsOf('code.deactivate');
      await run(deactivate!.run_at);
      expect(store.codes).toMatchObject([{ code: 'ANA20', active: false }]);
      expect((await codeRow(codeId!)).sync_status).toBe('deactivated');
    });

    it("never reaches another workspace's code or store", async () => {
      const other = (await ensureWorkspace(t.db, 'other', { currency: 'GBP' })).id;
      const { codeId } = await enroll('ana', { code: 'ANA20', code_percent_off: 20 });
      await t.db.deleteFrom('jobs').execute();
      for (const [kind, payload] of [
        ['code.sync', { code_id: codeId }],
        ['code.deactivate', { code_id: codeId, ends_on: '2026-03-31' }],
      ] as const)
        await enqueueJob(
          t.db,
          { kind, idempotencyKey: `${kind}:forged`, workspaceId: other, payload, runAt: '2026-03-01T00:00:00.000Z' },
          '2026-03-01T00:00:00.000Z',
        );
      expect(await run('2026-04-02T00:00:00Z')).toMatchObject({ claimed: 2, failed: 2 });
      for (const job of await t.db.selectFrom('jobs').selectAll().execute())
        expect(job.last_error).toMatch(/is not in workspace/);
      expect((await codeRow(codeId!)).sync_status).toBe('pending');
      expect(store.requests).toHaveLength(0);
    });
  });
});
