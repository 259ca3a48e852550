// The second slice of relationships through the app, on SQLite and Postgres: custom fields (defined, set,
// checked, filtered), the table's owner and tag filters, task reminders and "My tasks", contact details
// from the workspace's own layer with opt-outs, and Discover's one-call actions (a new list filled at once,
// a selection enrolled in a campaign). Another workspace gets 404 or its own separate data; a viewer
// cannot write.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/http/app.ts';
import { myTasksSchema, relationshipDetailSchema } from '../../../src/http/schemas/relationships.ts';
import { createApiToken } from '../../../src/services/access/create-api-token.ts';
import { createUser } from '../../../src/services/access/create-user.ts';
import { myTasks } from '../../../src/services/relationships/my-tasks.ts';
import { isOptedOut, recordOptOut } from '../../../src/storage/relationships/opt-outs.ts';
import { setAllowedDomains } from '../../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { testConfig } from '../../support/commerce.ts';
import { creatorRecord, storeCreators } from '../../support/factories.ts';
import { jsonBody } from '../../support/json-body.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

describe.each(testDialects)('relationship fields, tasks and opt-outs on %s', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let token: string;
  let viewerToken: string;
  let otherToken: string;
  let acmeId: number;
  let otherId: number;
  let ownerId: number;
  let boId: number;
  let ids: number[];
  let accountIds: number[];
  const api = (path: string, body?: unknown, as = token) =>
    app.request(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${as}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    acmeId = (await ensureWorkspace(t.db, 'acme')).id;
    await setAllowedDomains(t.db, acmeId, ['shop.example']);
    otherId = (await ensureWorkspace(t.db, 'other')).id;
    const user = (email: string, workspace: string, role: string) =>
      createUser(t.db, { email, password: 'correct horse battery', workspace, role: role as 'owner' });
    const owner = await user('owner@acme.test', 'acme', 'owner');
    ownerId = owner.userId;
    boId = (await user('bo@acme.test', 'acme', 'member')).userId;
    const viewer = await user('vi@acme.test', 'acme', 'viewer');
    const stranger = await user('eve@other.test', 'other', 'owner');
    token = (await createApiToken(t.db, acmeId, 'test', { userId: owner.userId })).token;
    viewerToken = (await createApiToken(t.db, acmeId, 'test', { userId: viewer.userId })).token;
    otherToken = (await createApiToken(t.db, otherId, 'test', { userId: stranger.userId })).token;
    ids = await storeCreators(t.db, acmeId, [
      creatorRecord({ displayName: 'Ana Anklets', email: 'ana@example.com' }, { handle: 'ana.anklets' }),
      creatorRecord({ displayName: 'Cleo Cooks' }, { handle: 'cleo.cooks' }),
      creatorRecord({ displayName: 'Dan Draws' }, { handle: 'dan.draws' }),
    ]);
    const accounts = await t.db.selectFrom('accounts').select(['id', 'handle']).orderBy('handle').execute();
    accountIds = accounts.map((a) => Number(a.id));
    app = createApp({ db: t.db, config: testConfig() });
  });
  afterEach(async () => t.close());

  it('defines custom fields, checks and stores values, filters the table by them, by owner and by tag', async () => {
    const size = await jsonBody(await api('/api/v1/relationships/fields', { name: 'Shoe size', type: 'number' }));
    const tier = await jsonBody(
      await api('/api/v1/relationships/fields', { name: 'Tier', type: 'select', options: ['gold', 'silver'] }),
    );
    const shoot = await jsonBody(await api('/api/v1/relationships/fields', { name: 'Next shoot', type: 'date' }));
    expect((await api('/api/v1/relationships/fields', { name: 'Tier', type: 'text' })).status).toBe(409);
    const noOptions = await api('/api/v1/relationships/fields', { name: 'Kind', type: 'select' });
    expect((await jsonBody(noOptions)).error.details[0].path).toBe('options');
    expect(
      (await jsonBody(await api('/api/v1/relationships/fields'))).items.map((f: { name: string }) => f.name),
    ).toEqual(['Shoe size', 'Tier', 'Next shoot']);

    const [ana, cleo, dan] = ids as [number, number, number];
    const set = (creator: number, field_id: number, value: unknown) =>
      api(`/api/v1/relationships/${creator}/fields`, { field_id, value });
    expect(await jsonBody(await set(ana, size.id, '38.50'))).toMatchObject({
      fields: [{ field_id: size.id, value: '38.5' }],
    });
    await set(ana, tier.id, 'gold');
    await set(cleo, tier.id, 'silver');
    await set(dan, tier.id, 'gold');
    const refused = await jsonBody(await set(ana, tier.id, 'bronze'));
    expect(refused.error).toMatchObject({
      message: 'Field "Tier": "bronze" is not one of gold, silver',
      details: [{ path: 'value', message: '"bronze" is not one of gold, silver' }],
    });
    expect((await jsonBody(await set(ana, shoot.id, '2026-02-30'))).error.message).toContain('not a date');
    expect((await jsonBody(await set(ana, size.id, '38 EU'))).error.message).toContain('not a number');
    // Setting the same value again is not a change: one field_changed event for it on the timeline.
    await set(ana, size.id, 38.5);
    await set(dan, tier.id, null);

    await api(`/api/v1/relationships/${ana}/owner`, { owner_user_id: boId });
    await api(`/api/v1/relationships/${ana}/tags`, { tags: ['vegan', '100%_real'] });
    await api(`/api/v1/relationships/${cleo}/tags`, { tags: ['vegan_food'] });

    const names = async (query: string) =>
      (await jsonBody(await api(`/api/v1/relationships?${query}`))).items.map((r: { name: string }) => r.name).sort();
    expect(await names(`field_id=${tier.id}&field_value=gold`)).toEqual(['Ana Anklets']);
    expect(await names(`field_id=${size.id}&field_value=38.50`)).toEqual(['Ana Anklets']);
    expect(await names(`owner=${boId}`)).toEqual(['Ana Anklets']);
    expect(await names('owner=none')).toEqual(['Cleo Cooks', 'Dan Draws']);
    expect(await names('tag=vegan')).toEqual(['Ana Anklets']);
    // "%" and "_" in a tag are the tag's own characters, not wildcards.
    expect(await names('tag=100%25_real')).toEqual(['Ana Anklets']);
    expect(await names('tag=100%25')).toEqual([]);
    const half = await api(`/api/v1/relationships?field_id=${tier.id}`);
    expect((await jsonBody(half)).error.details[0].path).toBe('field_value');

    const detail = relationshipDetailSchema.strict().parse(await jsonBody(await api(`/api/v1/relationships/${ana}`)));
    const changes = detail.timeline.filter((e) => e.kind === 'field_changed');
    expect(changes.map((e) => e.details)).toEqual([
      { field_id: tier.id, field: 'Tier', from: null, to: 'gold' },
      { field_id: size.id, field: 'Shoe size', from: null, to: '38.5' },
    ]);

    // Another workspace sees none of these fields and cannot set them on its own relationships.
    expect(await jsonBody(await api('/api/v1/relationships/fields', undefined, otherToken))).toEqual({ items: [] });
    expect(
      (await api(`/api/v1/relationships/${ana}/fields`, { field_id: tier.id, value: 'gold' }, otherToken)).status,
    ).toBe(404);
    expect(
      (await api(`/api/v1/relationships?field_id=${tier.id}&field_value=gold`, undefined, otherToken)).status,
    ).toBe(404);
    expect((await api('/api/v1/relationships/fields', { name: 'X', type: 'text' }, viewerToken)).status).toBe(403);
    expect(
      (await api(`/api/v1/relationships/${ana}/fields`, { field_id: tier.id, value: 'silver' }, viewerToken)).status,
    ).toBe(403);
  });

  it('keeps task reminders and shows each member her own open tasks with counts', async () => {
    const [ana, cleo] = ids as [number, number];
    const task = (creator: number, body: object) => api(`/api/v1/relationships/${creator}/tasks`, body);
    await task(ana, { title: 'Chase the draft', due_on: '2026-03-01', assignee_user_id: boId });
    await task(ana, {
      title: 'Send the sample',
      due_on: '2026-03-05',
      remind_at: '2026-03-04T09:00:00+01:00',
      assignee_user_id: boId,
    });
    await task(cleo, { title: 'Ask for rates', assignee_user_id: boId, remind_at: '2026-03-10T08:00:00Z' });
    await task(cleo, { title: 'Not hers', due_on: '2026-03-01', assignee_user_id: ownerId });
    const bad = await task(ana, { title: 'x', remind_at: 'tomorrow' });
    expect((await jsonBody(bad)).error.details[0].path).toBe('remind_at');

    const mine = myTasksSchema.parse(await myTasks(t.db, acmeId, boId, '2026-03-05T08:30:00.000Z'));
    expect(mine.items.map((i) => [i.title, i.status, i.reminder_due, i.name])).toEqual([
      ['Chase the draft', 'overdue', false, 'Ana Anklets'],
      ['Send the sample', 'due_today', true, 'Ana Anklets'],
      ['Ask for rates', 'no_date', false, 'Cleo Cooks'],
    ]);
    expect(mine.counts).toEqual({ overdue: 1, due_today: 1, reminders: 1 });
    expect(mine.items.find((i) => i.title === 'Send the sample')!.remind_at).toBe('2026-03-04T08:00:00.000Z');

    const detail = await jsonBody(await api(`/api/v1/relationships/${ana}`));
    expect(detail.tasks.map((x: { remind_at: string | null }) => x.remind_at)).toEqual([
      null,
      '2026-03-04T08:00:00.000Z',
    ]);
    // Through the API, for the caller: the owner has one (overdue by the real clock) task.
    const ownerTasks = myTasksSchema.parse(await jsonBody(await api('/api/v1/relationships/my-tasks')));
    expect(ownerTasks.items.map((i) => i.title)).toEqual(['Not hers']);
    expect(ownerTasks.counts.overdue).toBe(1);
    // Done tasks leave the list; another workspace's member sees nothing of them.
    await api(`/api/v1/relationships/tasks/${ownerTasks.items[0]!.id}/done`, {});
    expect((await jsonBody(await api('/api/v1/relationships/my-tasks'))).items).toEqual([]);
    expect((await jsonBody(await api('/api/v1/relationships/my-tasks', undefined, otherToken))).items).toEqual([]);
    expect((await api(`/api/v1/relationships/${ana}/tasks`, { title: 'v' }, viewerToken)).status).toBe(403);
  });

  it("shows contact details from the workspace's own layer and holds an opt-out for the whole workspace", async () => {
    const [ana, cleo] = ids as [number, number];
    const first = await jsonBody(await api(`/api/v1/relationships/${ana}/stage`, { stage: 'contacted' }));
    expect(first.stage).toBe('contacted');
    const before = await jsonBody(await api(`/api/v1/relationships/${ana}`));
    expect(before.contact).toEqual({
      emails: [{ email: 'ana@example.com', source: expect.any(String) }],
      opted_out: false,
      opt_outs: [],
    });

    const out = await jsonBody(
      await api(`/api/v1/relationships/${ana}/opt-out`, { reason: 'Asked by DM', email: 'Ana@Example.com' }),
    );
    expect(out).toMatchObject({ created: true, contact: { opted_out: true } });
    expect(out.contact.opt_outs).toEqual([
      { email: 'ana@example.com', reason: 'Asked by DM', source: 'manual', created_at: expect.any(String) },
    ]);
    const again = await jsonBody(
      await api(`/api/v1/relationships/${ana}/opt-out`, { reason: 'Asked by DM', email: 'ana@example.com' }),
    );
    expect(again.created).toBe(false);
    expect(await isOptedOut(t.db, acmeId, ana)).toBe(true);
    expect(await isOptedOut(t.db, acmeId, cleo)).toBe(false);

    // What outreach records (a reply saying "stop") shows on the timeline too.
    await api(`/api/v1/relationships/${cleo}/stage`, { stage: 'contacted' });
    expect(
      await recordOptOut(t.db, {
        workspaceId: acmeId,
        creatorId: cleo,
        email: null,
        reason: 'reply: stop',
        source: 'reply',
        now: '2026-03-01T10:00:00.000Z',
      }),
    ).toBe(true);
    const cleoDetail = relationshipDetailSchema.parse(await jsonBody(await api(`/api/v1/relationships/${cleo}`)));
    expect(cleoDetail.contact.opted_out).toBe(true);
    expect(cleoDetail.timeline.find((e) => e.kind === 'opted_out')).toEqual({
      at: '2026-03-01T10:00:00.000Z',
      kind: 'opted_out',
      actor_user_id: null,
      details: { email: null, reason: 'reply: stop', source: 'reply' },
    });
    const detail = relationshipDetailSchema.strict().parse(await jsonBody(await api(`/api/v1/relationships/${ana}`)));
    expect(detail.stage).toBe('opted_out');
    expect(
      detail.timeline
        .slice(0, 2)
        .map((e) => e.kind)
        .sort(),
    ).toEqual(['opted_out', 'stage_changed']);
    expect(detail.timeline.find((e) => e.kind === 'opted_out')!.details).toEqual({
      email: 'ana@example.com',
      reason: 'Asked by DM',
      source: 'manual',
    });

    // Another workspace neither sees acme's address nor its opt-out: it keeps its own relationship.
    await api(`/api/v1/relationships/${ana}/stage`, { stage: 'prospect' }, otherToken);
    const theirs = await jsonBody(await api(`/api/v1/relationships/${ana}`, undefined, otherToken));
    expect(theirs.contact).toEqual({ emails: [], opted_out: false, opt_outs: [] });
    expect(await isOptedOut(t.db, otherId, ana)).toBe(false);
    expect((await api(`/api/v1/relationships/${ana}/opt-out`, { reason: 'x' }, viewerToken)).status).toBe(403);
    expect((await api(`/api/v1/relationships/${ana}/opt-out`, { reason: '' })).status).toBe(400);
  });

  it('adds a Discover selection to a new list and to a campaign, one call each, idempotently', async () => {
    const created = await api('/api/v1/lists', { name: 'From Discover', account_ids: accountIds });
    expect(created.status).toBe(201);
    const list = await jsonBody(created);
    expect(list).toMatchObject({ name: 'From Discover', size: 3, added: 3 });
    expect((await jsonBody(await api(`/api/v1/lists/${list.id}`))).creators).toHaveLength(3);
    const unknown = await api('/api/v1/lists', { name: 'Broken', account_ids: [accountIds[0], 999_999] });
    expect(unknown.status).toBe(404);
    expect((await jsonBody(unknown)).error.details).toEqual([
      { path: 'account_ids.1', message: 'unknown account 999999' },
    ]);
    expect((await jsonBody(await api('/api/v1/lists'))).items.map((l: { name: string }) => l.name)).toEqual([
      'From Discover',
    ]);

    const campaign = await jsonBody(
      await api('/api/v1/campaigns', { name: 'Spring', destination_url: 'https://shop.example/' }),
    );
    const bulk = (body: unknown, as = token) => api(`/api/v1/campaigns/${campaign.id}/creators/bulk`, body, as);
    expect(await jsonBody(await bulk({ account_ids: accountIds.slice(0, 2) }))).toEqual({
      enrolled: 2,
      already_enrolled: 0,
    });
    expect(await jsonBody(await bulk({ account_ids: accountIds }))).toEqual({ enrolled: 1, already_enrolled: 2 });
    expect((await bulk({ account_ids: [] })).status).toBe(400);
    expect((await bulk({ account_ids: [999_999] })).status).toBe(404);
    expect((await bulk({ account_ids: accountIds }, otherToken)).status).toBe(404);
    expect((await bulk({ account_ids: accountIds }, viewerToken)).status).toBe(403);
    expect((await api('/api/v1/lists', { name: 'V', account_ids: accountIds }, viewerToken)).status).toBe(403);
    const audit = await t.db.selectFrom('audit_events').select('action').execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['list.created', 'campaign.selection_enrolled']));
  });
});
