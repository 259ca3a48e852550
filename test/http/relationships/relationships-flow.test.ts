// Lists and relationships end to end through the app, on SQLite and Postgres, with a second workspace
// that must never see or touch the first one's lists and relationships.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/http/app.ts';
import { relationshipDetailSchema, relationshipPageSchema } from '../../../src/http/schemas/relationships.ts';
import { createApiToken } from '../../../src/services/access/create-api-token.ts';
import { createUser } from '../../../src/services/access/create-user.ts';
import { setAllowedDomains } from '../../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { testConfig } from '../../support/commerce.ts';
import { creatorRecord, storeCreators } from '../../support/factories.ts';
import { jsonBody } from '../../support/json-body.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

describe.each(testDialects)('lists and relationships on %s', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let token: string;
  let otherToken: string;
  let boId: number;
  let ids: number[];
  const api = (path: string, body?: unknown, as = token) =>
    app.request(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${as}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    const acme = await ensureWorkspace(t.db, 'acme');
    await setAllowedDomains(t.db, acme.id, ['shop.example']);
    await ensureWorkspace(t.db, 'other');
    const owner = await createUser(t.db, {
      email: 'owner@acme.test',
      password: 'correct horse battery',
      workspace: 'acme',
      role: 'owner',
    });
    boId = (
      await createUser(t.db, {
        email: 'bo@acme.test',
        password: 'correct horse battery',
        workspace: 'acme',
        role: 'member',
      })
    ).userId;
    const stranger = await createUser(t.db, {
      email: 'eve@other.test',
      password: 'correct horse battery',
      workspace: 'other',
      role: 'owner',
    });
    token = (await createApiToken(t.db, owner.workspaceId, 'test', { userId: owner.userId })).token;
    otherToken = (await createApiToken(t.db, stranger.workspaceId, 'test', { userId: stranger.userId })).token;
    ids = await storeCreators(t.db, owner.workspaceId, [
      creatorRecord(
        { displayName: 'Ana Anklets', email: 'ana@example.com' },
        { handle: 'ana.anklets', followers: 31_000 },
      ),
      creatorRecord({ displayName: '=Cleo' }, { handle: 'cleo.cooks', followers: 12_000 }),
      creatorRecord({ displayName: 'Dan' }, { handle: 'dan.draws', followers: 8_000 }),
    ]);
    app = createApp({ db: t.db, config: testConfig() });
  });
  afterEach(async () => t.close());

  it('keeps a list: create, add many at once (idempotently), rename, CSV, enroll all in a campaign, delete', async () => {
    const created = await api('/api/v1/lists', { name: 'Spring seeding' });
    expect(created.status).toBe(201);
    const list = await jsonBody(created);
    const add = await api(`/api/v1/lists/${list.id}/creators`, {
      creators: ['instagram:@Ana.Anklets', 'instagram:cleo.cooks'],
    });
    expect(await jsonBody(add)).toEqual({ added: 2, already_on_list: 0 });
    const accountId = (
      await t.db.selectFrom('accounts').select('id').where('handle', '=', 'dan.draws').executeTakeFirstOrThrow()
    ).id;
    expect(
      await jsonBody(
        await api(`/api/v1/lists/${list.id}/creators`, {
          creators: ['instagram:ana.anklets'],
          account_ids: [Number(accountId)],
        }),
      ),
    ).toEqual({ added: 1, already_on_list: 1 });

    expect((await api('/api/v1/lists', { name: 'Spring seeding' })).status).toBe(409);
    expect(await jsonBody(await api(`/api/v1/lists/${list.id}`, { name: 'Spring gifting' }))).toMatchObject({
      name: 'Spring gifting',
      size: 3,
    });
    const detail = await jsonBody(await api(`/api/v1/lists/${list.id}`));
    expect(detail.creators.map((m: { handle: string; stage: string }) => [m.handle, m.stage])).toEqual([
      ['ana.anklets', 'prospect'],
      ['cleo.cooks', 'prospect'],
      ['dan.draws', 'prospect'],
    ]);

    const csv = await (await api(`/api/v1/lists/${list.id}/export.csv`)).text();
    expect(csv.split('\r\n')[0]).toBe('platform,handle,name,email,followers,stage,added_at');
    expect(csv).toContain('instagram,ana.anklets,Ana Anklets,ana@example.com,31000,prospect,');
    expect(csv).toContain(`instagram,cleo.cooks,'=Cleo,`);

    const campaign = await jsonBody(
      await api('/api/v1/campaigns', { name: 'Spring', destination_url: 'https://shop.example/' }),
    );
    expect(await jsonBody(await api(`/api/v1/lists/${list.id}/enroll`, { campaign_id: campaign.id }))).toEqual({
      enrolled: 3,
      already_enrolled: 0,
    });
    expect(await jsonBody(await api(`/api/v1/lists/${list.id}/enroll`, { campaign_id: campaign.id }))).toEqual({
      enrolled: 0,
      already_enrolled: 3,
    });

    expect(
      await jsonBody(await api(`/api/v1/lists/${list.id}/creators/remove`, { creators: ['instagram:dan.draws'] })),
    ).toEqual({ removed: 1, not_on_list: 0 });
    expect((await api(`/api/v1/lists/${list.id}/delete`, {})).status).toBe(200);
    expect(await jsonBody(await api('/api/v1/lists'))).toEqual({ items: [] });
    const audit = await t.db.selectFrom('audit_events').select('action').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'list.created',
        'list.creators_added',
        'list.renamed',
        'export.list',
        'campaign.list_enrolled',
        'list.deleted',
      ]),
    );
  });

  it('refuses a call naming an unknown creator, naming each one, and changes nothing', async () => {
    const list = await jsonBody(await api('/api/v1/lists', { name: 'L' }));
    const res = await api(`/api/v1/lists/${list.id}/creators`, {
      creators: ['instagram:ana.anklets', 'instagram:nobody.here'],
      account_ids: [999999],
    });
    expect(res.status).toBe(404);
    expect((await jsonBody(res)).error.details).toEqual([
      { path: 'creators.1', message: 'unknown creator instagram:nobody.here' },
      { path: 'account_ids.0', message: 'unknown account 999999' },
    ]);
    expect((await jsonBody(await api(`/api/v1/lists/${list.id}`))).size).toBe(0);
  });

  it('moves a creator through the stages, with owner, tags, notes, tasks and one timeline', async () => {
    const ana = ids[0]!;
    expect((await api(`/api/v1/relationships/${ana}`)).status).toBe(404);
    const moved = await api(`/api/v1/relationships/${ana}/stage`, { stage: 'Contacted' });
    expect(await jsonBody(moved)).toMatchObject({
      stage: 'contacted',
      emails: { sent: 0, received: 0, tracked: true },
      last_contact_at: null,
    });
    const bad = await api(`/api/v1/relationships/${ana}/stage`, { stage: 'paid' });
    expect(bad.status).toBe(400);
    expect((await jsonBody(bad)).error.details[0].path).toBe('stage');

    expect(await jsonBody(await api(`/api/v1/relationships/${ana}/owner`, { owner_user_id: boId }))).toMatchObject({
      owner: { id: boId, email: 'bo@acme.test' },
    });
    expect((await api(`/api/v1/relationships/${ana}/owner`, { owner_user_id: 999 })).status).toBe(400);
    expect(
      await jsonBody(await api(`/api/v1/relationships/${ana}/tags`, { tags: ['Gifting', 'vegan', 'gifting'] })),
    ).toMatchObject({ tags: ['gifting', 'vegan'] });

    const note = await jsonBody(
      await api(`/api/v1/relationships/${ana}/notes`, { body: 'Loved the **anklet** reel; @bo@acme.test follow up.' }),
    );
    expect(note).toMatchObject({ body: 'Loved the **anklet** reel; @bo@acme.test follow up.', mentions: [boId] });
    const outsider = await api(`/api/v1/relationships/${ana}/notes`, { body: 'ask @eve@other.test' });
    expect((await jsonBody(outsider)).error.details[0]).toEqual({
      path: 'body',
      message: '@eve@other.test is not a member',
    });

    const task = await jsonBody(
      await api(`/api/v1/relationships/${ana}/tasks`, {
        title: 'Send the sample',
        due_on: '2026-12-10',
        assignee_user_id: boId,
      }),
    );
    // Two clicks at once close it once: one task_done event on the timeline.
    const clicks = await Promise.all([1, 2].map(() => api(`/api/v1/relationships/tasks/${task.id}/done`, {})));
    expect(clicks.map((r) => r.status)).toEqual([200, 200]);

    const campaign = await jsonBody(
      await api('/api/v1/campaigns', { name: 'Spring', destination_url: 'https://shop.example/' }),
    );
    const enrollment = await jsonBody(
      await api(`/api/v1/campaigns/${campaign.id}/creators`, { creator: 'instagram:ana.anklets' }),
    );
    const order = await t.db
      .insertInto('orders')
      .values({
        workspace_id: 1,
        source: 'import',
        external_id: 'o-1',
        name: '#1001',
        currency: 'GBP',
        placed_at: '2099-01-01T00:00:00.000Z',
        subtotal_minor: 5000,
        total_minor: 5000,
        created_at: '2099-01-01T00:00:00.000Z',
        updated_at: '2099-01-01T00:00:00.000Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('attributions')
      .values({
        order_id: Number(order.id),
        workspace_id: 1,
        campaign_id: campaign.id,
        enrollment_id: enrollment.id,
        rule: 'discount_code',
        evidence: '{}',
        is_new_customer: null,
        attributed_at: '2099-01-01T00:00:00.000Z',
      })
      .execute();

    const detail = relationshipDetailSchema.strict().parse(await jsonBody(await api(`/api/v1/relationships/${ana}`)));
    expect(detail.timeline.map((e) => e.kind)).toEqual([
      'order_attributed',
      'campaign_enrolled',
      'task_done',
      'task_added',
      'note_added',
      'tags_changed',
      'owner_changed',
      'stage_changed',
      'relationship_started',
    ]);
    expect(detail.timeline.find((e) => e.kind === 'stage_changed')!.details).toEqual({
      from: 'prospect',
      to: 'contacted',
    });
    expect(detail.tasks).toEqual([
      expect.objectContaining({ title: 'Send the sample', due_on: '2026-12-10', done_at: expect.any(String) }),
    ]);
  });

  it("lists by stage and keeps each workspace's stages", async () => {
    await api(`/api/v1/relationships/${ids[0]}/stage`, { stage: 'replied' });
    await api(`/api/v1/relationships/${ids[1]}/stage`, { stage: 'prospect' });
    const page = relationshipPageSchema.parse(await jsonBody(await api('/api/v1/relationships?stage=replied')));
    expect(page).toMatchObject({
      total: 1,
      items: [{ creator_id: ids[0], name: 'Ana Anklets', accounts: [{ handle: 'ana.anklets' }] }],
    });

    const refused = await api('/api/v1/relationships/stages', { stages: ['lead', 'won'] });
    expect(refused.status).toBe(409);
    expect((await jsonBody(refused)).error.details.map((d: { message: string }) => d.message).sort()).toEqual([
      '"prospect" is in use',
      '"replied" is in use',
    ]);
    expect(
      await jsonBody(await api('/api/v1/relationships/stages', { stages: ['prospect', 'replied', 'won'] })),
    ).toEqual({ stages: ['prospect', 'replied', 'won'], is_default: false });
    expect((await api(`/api/v1/relationships/${ids[0]}/stage`, { stage: 'won' })).status).toBe(200);
    expect((await api(`/api/v1/relationships/${ids[0]}/stage`, { stage: 'contacted' })).status).toBe(400);
    expect(await jsonBody(await api('/api/v1/relationships/stages', undefined, otherToken))).toMatchObject({
      is_default: true,
      stages: expect.arrayContaining(['contacted']),
    });
  });

  it("never shows or changes one workspace's lists and relationships to another", async () => {
    const list = await jsonBody(await api('/api/v1/lists', { name: 'Private' }));
    await api(`/api/v1/lists/${list.id}/creators`, { creators: ['instagram:ana.anklets'] });
    const task = await jsonBody(await api(`/api/v1/relationships/${ids[0]}/tasks`, { title: 'Mine' }));
    expect(await jsonBody(await api('/api/v1/lists', undefined, otherToken))).toEqual({ items: [] });
    for (const path of [
      `/api/v1/lists/${list.id}`,
      `/api/v1/lists/${list.id}/export.csv`,
      `/api/v1/relationships/${ids[0]}`,
    ]) {
      expect((await api(path, undefined, otherToken)).status).toBe(404);
    }
    for (const [path, body] of [
      [`/api/v1/lists/${list.id}/creators`, { creators: ['instagram:cleo.cooks'] }],
      [`/api/v1/lists/${list.id}/delete`, {}],
      [`/api/v1/relationships/tasks/${task.id}/done`, {}],
    ] as const) {
      expect((await api(path, body, otherToken)).status).toBe(404);
    }
    expect((await jsonBody(await api('/api/v1/relationships', undefined, otherToken))).total).toBe(0);
    // The other workspace may keep its own relationship with the same (public) creator, separately.
    await api(`/api/v1/relationships/${ids[0]}/stage`, { stage: 'declined' }, otherToken);
    expect((await jsonBody(await api(`/api/v1/relationships/${ids[0]}`))).stage).toBe('prospect');
    expect((await jsonBody(await api(`/api/v1/lists/${list.id}`))).size).toBe(1);
  });
});
