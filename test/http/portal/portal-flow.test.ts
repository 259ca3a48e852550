// The creator portal and content tracking end to end through the app, on SQLite and Postgres: a signed link that is
// refused when tampered with, expired or revoked; acceptance with its evidence; a draft the brand approves with usage
// rights; a posted reel checked against the terms (a failing one raises a task); and another workspace that can
// neither read nor change any of it.
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/http/app.ts';
import { campaignReportSchema } from '../../../src/http/schemas/campaigns.ts';
import { campaignContentSchema } from '../../../src/http/schemas/content.ts';
import { createApiToken } from '../../../src/services/access/create-api-token.ts';
import { createUser } from '../../../src/services/access/create-user.ts';
import { createPortalLink } from '../../../src/services/portal/create-portal-link.ts';
import { setAllowedDomains } from '../../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { TEST_SECRET_KEY, testConfig } from '../../support/commerce.ts';
import { creatorRecord, storeCreators } from '../../support/factories.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const TERMS = {
  deliverables: [
    { type: 'reel', due_on: '2030-06-30', brand_handles: ['@solea'], require_code: true, min_online_days: 30 },
  ],
  usage_rights: { organic: true, paid_ads: true, days: 20 },
  exclusivity: { scope: 'no other sandal brand', days: 60 },
};

describe.each(testDialects)('creator portal on %s', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let token: string;
  let otherToken: string;
  let campaignId: number;
  let acmeId: number;
  const api = (path: string, body?: unknown, as = token) =>
    app.request(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${as}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const form = (path: string, fields: Record<string, string>, origin = 'http://localhost') =>
    app.request(path, {
      method: 'POST',
      headers: {
        host: 'localhost',
        origin,
        'user-agent': 'PhoneBrowser/1.0',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams(fields).toString(),
    });
  const page = (path: string) => app.request(path, { headers: { host: 'localhost', 'accept-language': 'de-DE' } });
  const linkPath = async (days?: number) => {
    const res = await api(`/api/v1/campaigns/${campaignId}/portal-links`, {
      creator: 'instagram:ana.anklets',
      ...(days ? { days } : {}),
    });
    expect(res.status).toBe(201);
    const link = (await res.json()) as { id: number; url: string };
    return { id: link.id, path: new URL(link.url).pathname, url: link.url };
  };
  const content = async () =>
    campaignContentSchema.parse(await (await api(`/api/v1/campaigns/${campaignId}/content`)).json());

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    const acme = await ensureWorkspace(t.db, 'acme');
    await t.db.updateTable('workspaces').set({ currency: 'EUR' }).where('id', '=', acme.id).execute();
    acmeId = acme.id;
    await setAllowedDomains(t.db, acme.id, ['shop.example']);
    await ensureWorkspace(t.db, 'other');
    const owner = await createUser(t.db, {
      email: 'owner@acme.test',
      password: 'correct horse battery',
      workspace: 'acme',
      role: 'owner',
    });
    const stranger = await createUser(t.db, {
      email: 'eve@other.test',
      password: 'correct horse battery',
      workspace: 'other',
      role: 'owner',
    });
    token = (await createApiToken(t.db, owner.workspaceId, 'test', { userId: owner.userId })).token;
    otherToken = (await createApiToken(t.db, stranger.workspaceId, 'test', { userId: stranger.userId })).token;
    await storeCreators(t.db, owner.workspaceId, [
      creatorRecord({ displayName: 'Ana' }, { handle: 'ana.anklets', followers: 31_000 }),
    ]);
    app = createApp({
      db: t.db,
      config: testConfig({ MICROREACH_DATA_DIR: mkdtempSync(join(tmpdir(), 'mr-portal-')) }),
    });
    const created = await api('/api/v1/campaigns', {
      name: 'Summer',
      destination_url: 'https://shop.example/',
      starts_on: '2030-06-01',
      ends_on: '2030-07-31',
      currency: 'EUR',
    });
    campaignId = ((await created.json()) as { id: number }).id;
    const enrolled = await api(`/api/v1/campaigns/${campaignId}/creators`, {
      creator: 'instagram:ana.anklets',
      fee_minor: 30_000,
      gifted_minor: 4_500,
      commission_bps: 1_000,
      code: 'ANA15',
      link_key: 'ana-summer',
    });
    expect(enrolled.status).toBe(201);
    expect(
      (await api(`/api/v1/campaigns/${campaignId}/terms`, { creator: 'instagram:ana.anklets', terms: TERMS })).status,
    ).toBe(200);
  });
  afterEach(async () => t.close());

  it('opens a signed link; refuses it tampered with, expired or revoked', async () => {
    const link = await linkPath();
    const ok = await page(link.path);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    const html = await ok.text();
    expect(html).toContain('Fee: EUR 300.00');
    expect(html).toContain('300,00'); // the figure in the reader's locale (de-DE)
    expect(html).toContain('has not opened its catalog for you to pick from'); // a gift, and no catalog to pick from

    const sig = link.path.slice(link.path.lastIndexOf('.') + 1);
    const flipped = `${link.path.slice(0, -sig.length)}${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`;
    const otherScope = link.path.replace(/^\/p\/v1\.(\d+)\.(\d+)\./, (_m, l, w) => `/p/v1.${l}.${Number(w) + 1}.`);
    for (const bad of [flipped, otherScope, '/p/v1.1.1.1.1.x', '/p/nonsense'])
      expect((await page(bad)).status).toBe(404);

    const expired = await createPortalLink(
      t.db,
      Buffer.from(TEST_SECRET_KEY, 'hex'),
      acmeId,
      campaignId,
      'instagram:ana.anklets',
      {
        days: 14,
        userId: null,
        origin: 'http://localhost',
        now: new Date(Date.now() - 15 * 86_400_000),
      },
    );
    expect((await page(new URL(expired.url).pathname)).status).toBe(404);

    expect((await api(`/api/v1/portal-links/${link.id}/revoke`, {}, otherToken)).status).toBe(404);
    expect((await page(link.path)).status).toBe(200);
    expect((await api(`/api/v1/portal-links/${link.id}/revoke`, {})).status).toBe(200);
    expect((await api(`/api/v1/portal-links/${link.id}/revoke`, {})).status).toBe(200);
    expect((await page(link.path)).status).toBe(404);
    expect((await form(`${link.path}/accept`, { typed_name: 'Ana Lima', terms_sha256: 'a'.repeat(64) })).status).toBe(
      404,
    );
  });

  it('keeps the evidence of an acceptance, refuses a changed text and a cross-origin form', async () => {
    const link = await linkPath();
    const before = await content();
    const sha = before.creators[0]!.terms_sha256;
    expect(
      (await form(`${link.path}/accept`, { typed_name: 'Ana Lima', terms_sha256: sha }, 'https://evil.example')).status,
    ).toBe(403);
    expect((await form(`${link.path}/accept`, { typed_name: 'Ana Lima', terms_sha256: 'b'.repeat(64) })).status).toBe(
      409,
    );
    const accepted = await form(`${link.path}/accept`, { typed_name: 'Ana Lima', terms_sha256: sha });
    expect(accepted.status).toBe(303);
    expect((await form(`${link.path}/accept`, { typed_name: 'Ana Lima', terms_sha256: sha })).status).toBe(303);
    const after = (await content()).creators[0]!;
    expect(after.deal_status).toBe('agreed');
    expect(after.terms_state).toBe('accepted');
    expect(after.answers).toHaveLength(1);
    const evidence = after.answers[0]!;
    expect(evidence).toMatchObject({
      kind: 'accepted',
      typed_name: 'Ana Lima',
      user_agent: 'PhoneBrowser/1.0',
      terms_sha256: sha,
    });
    expect(evidence.ip_address).toBeTruthy();
    const stored = await t.db
      .selectFrom('terms_responses')
      .select('terms_text')
      .where('id', '=', evidence.id)
      .executeTakeFirstOrThrow();
    expect(createHash('sha256').update(stored.terms_text!, 'utf8').digest('hex')).toBe(sha);

    // A change of terms asks again.
    await api(`/api/v1/campaigns/${campaignId}/terms`, {
      creator: 'instagram:ana.anklets',
      terms: { ...TERMS, exclusivity: null },
    });
    expect((await content()).creators[0]!.terms_state).toBe('open');
  });

  it('lets her propose a fee that the brand accepts, then she accepts the new terms', async () => {
    const link = await linkPath();
    expect((await form(`${link.path}/propose`, { message: 'Two reels for 350', fee: '350' })).status).toBe(303);
    const proposal = (await content()).creators[0]!.answers[0]!;
    expect(proposal).toMatchObject({ kind: 'proposed', proposed_fee_minor: 35_000 });
    expect((await api(`/api/v1/proposals/${proposal.id}/answer`, { answer: 'accept' }, otherToken)).status).toBe(404);
    expect((await api(`/api/v1/proposals/${proposal.id}/answer`, { answer: 'accept', message: 'Deal' })).status).toBe(
      200,
    );
    expect((await api(`/api/v1/proposals/${proposal.id}/answer`, { answer: 'accept' })).status).toBe(409);
    const html = await (await page(link.path)).text();
    expect(html).toContain('Fee: EUR 350.00');
    expect(html).toContain('Message from acme: Deal');
  });

  it('takes a draft URL that the brand approves with usage rights (listed while they expire)', async () => {
    const link = await linkPath();
    expect((await form(`${link.path}/drafts`, { url: 'not a url' })).status).toBe(400);
    expect(
      (
        await form(`${link.path}/drafts`, {
          url: 'https://drive.example/reel.mp4',
          deliverable: '1',
          comment: 'First cut',
        })
      ).status,
    ).toBe(303);
    const draft = (await content()).creators[0]!.drafts[0]!;
    expect(draft).toMatchObject({
      status: 'submitted',
      url: 'https://drive.example/reel.mp4',
      comments: [{ author: 'creator', body: 'First cut' }],
    });
    expect((await api(`/api/v1/drafts/${draft.id}/review`, { decision: 'approved' }, otherToken)).status).toBe(404);
    expect((await api(`/api/v1/campaigns/${campaignId}/content`, undefined, otherToken)).status).toBe(404);
    expect((await api(`/api/v1/drafts/${draft.id}/review`, { decision: 'approved', comment: 'Lovely' })).status).toBe(
      200,
    );
    const approved = (await content()).creators[0]!.drafts[0]!;
    expect(approved.status).toBe('approved');
    expect(approved.rights).toMatchObject({ organic: true, paid_ads: true, days: 20 });
    const expiring = (await (await api(`/api/v1/campaigns/${campaignId}/rights-expiring`)).json()) as {
      items: unknown[];
    };
    expect(expiring.items).toEqual([
      expect.objectContaining({ draft_id: draft.id, creator: 'instagram:ana.anklets', days: 20 }),
    ]);
    const foreign = (await (
      await api(`/api/v1/campaigns/${campaignId}/rights-expiring`, undefined, otherToken)
    ).json()) as object;
    expect(foreign).toMatchObject({ error: { code: 'not_found' } });
  });

  it('checks posts against the terms, raises one task for a failing post, and reports deliverables with CPM and CPE', async () => {
    const add = (body: Record<string, unknown>, as = token) =>
      api(`/api/v1/campaigns/${campaignId}/content`, { creator: 'instagram:ana.anklets', ...body }, as);
    const failing = {
      url: 'https://instagram.com/reel/1',
      caption: 'Neue Sandalen von @solea, Code ANA15',
      posted_at: '2030-06-10T10:00:00Z',
      likes: 900,
      comments: 100,
      views: 20_000,
    };
    expect((await add(failing, otherToken)).status).toBe(404);
    expect((await add(failing)).status).toBe(201);
    expect((await add({ ...failing, likes: 1_000 })).status).toBe(200);
    const tasks = await t.db
      .selectFrom('relationship_tasks')
      .select('title')
      .where('workspace_id', '=', acmeId)
      .execute();
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.title).toContain('disclosure');

    const answer = await api(`/api/v1/campaigns/${campaignId}/report`);
    const body = await answer.json();
    expect(answer.status, JSON.stringify(body)).toBe(200);
    const report = campaignReportSchema.strict().parse(body);
    const d = report.creators[0]!.deliverables[0]!;
    expect(d).toMatchObject({ number: 1, type: 'reel', state: 'failing', posted: 1 });
    expect(d.posts[0]!.rules.map((r) => [r.rule, r.result, r.evidence])).toEqual([
      ['disclosure', 'fail', null],
      ['brand_named', 'pass', '@solea'],
      ['code', 'pass', 'ANA15'],
      ['in_window', 'pass', 'posted 2030-06-10T10:00:00.000Z; window 2030-06-01 – 2030-06-30'],
      ['still_online', 'unknown', expect.stringContaining('last seen online')],
    ]);
    expect(report.content.deliverables).toEqual({ due: 0, late: 0, posted: 0, failing: 1 });
    // Deal still proposed: the gift does not count as received yet.
    expect(report.content.gifted_not_posted).toMatchObject({ gifted: 0, rate: null });
    expect(report.total.cpm_minor).not.toBeNull();
    expect(report.total.cpe_minor).not.toBeNull();
  });

  it('collects her campaign posts from stored platform data, not her other posts', async () => {
    const { account_id } = await t.db
      .selectFrom('enrollments')
      .select('account_id')
      .where('campaign_id', '=', campaignId)
      .executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    const row = (external: string, caption: string, posted: string, paid: 0 | 1 | null = null) => ({
      account_id,
      external_id: external,
      type: 'reel' as const,
      posted_at: posted,
      caption,
      permalink: `https://instagram.com/reel/${external}`,
      likes: 700,
      comments: 30,
      views: 12_000,
      is_paid_partnership: paid,
      source: 'test',
      fetched_at: now,
      created_at: now,
      updated_at: now,
    });
    await t.db
      .insertInto('posts')
      .values([
        row('c1', 'Summer with @solea #ad code ANA15', '2030-06-05T08:00:00Z'),
        row('c2', 'My breakfast', '2030-06-06T08:00:00Z'),
        row('c3', 'Label only', '2030-06-07T08:00:00Z', 1),
        row('c4', 'Old @solea post', '2030-01-01T08:00:00Z'),
      ])
      .execute();
    const first = await api(`/api/v1/campaigns/${campaignId}/content/collect`, {});
    expect(await first.json()).toEqual({ found: 2, added: 2 });
    expect(await (await api(`/api/v1/campaigns/${campaignId}/content/collect`, {})).json()).toEqual({
      found: 2,
      added: 0,
    });
    expect((await api(`/api/v1/campaigns/${campaignId}/content/collect`, {}, otherToken)).status).toBe(404);
    const urls = (await content()).creators[0]!.deliverables.flatMap((d) => d.posts.map((p) => [p.url, p.source]));
    expect(urls).toEqual([
      ['https://instagram.com/reel/c1', 'platform'],
      ['https://instagram.com/reel/c3', 'platform'],
    ]);
  });
});
