// POST /api/v1/imports/preview: how a creator CSV will be read before anything is stored, with the
// user's corrections to the column mapping; the import takes the same corrections.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createApp } from '../../src/http/app.ts';
import { importPreviewSchema, importSummarySchema } from '../../src/http/schemas/imports.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { jsonBody } from '../support/json-body.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

// "Reach" holds follower numbers under a header nobody would guess; "Creator" holds handles.
const CSV =
  'Creator,Reach,Location,Mail\r\nana.feet,31.2k,"Austin, Texas, United States",ana@example.com\r\nbo.sandals,12k,Spain,bo(at)example.com\r\nbad handle!,1k,Spain,\r\n';

describe.each(testDialects)('import preview on %s', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let token: string;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    const ws = await ensureWorkspace(t.db, 'acme');
    token = (await createApiToken(t.db, ws.id, 'test')).token;
    app = createApp({ db: t.db, config: loadConfig({}) });
  });
  afterAll(async () => t.close());

  const post = async (path: string, mapping?: unknown) => {
    const form = new FormData();
    form.set('file', new File([CSV], 'instagram-2026-11.csv', { type: 'text/csv' }));
    if (mapping !== undefined) form.set('mapping', typeof mapping === 'string' ? mapping : JSON.stringify(mapping));
    const res = await app.request(path, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    return { status: res.status, body: await jsonBody(res) };
  };

  it('shows the mapping and the first rows as they will be read, storing nothing', async () => {
    const r = await post('/api/v1/imports/preview');
    expect(r.status).toBe(200);
    const body = importPreviewSchema.parse(r.body);
    expect(body).toEqual(r.body);
    expect(body.columns.map((c) => c.field)).toEqual(['handle', null, 'country', 'email']);
    expect(body.fields).toContain('followers:youtube');
    expect(body.rows.map((row) => [row.row, row.status])).toEqual([
      ['row 2', 'read'],
      ['row 3', 'read'],
      ['row 4', 'rejected'],
    ]);
    expect(body.rows[0]?.creator).toMatchObject({
      country: 'US',
      email: 'ana@example.com',
      accounts: [{ handle: 'ana.feet', followers: null }],
    });
    expect(body.warnings).toContain('row 3: Mail: "bo(at)example.com" is not an email address: not imported');
    expect(await t.db.selectFrom('accounts').select('id').execute()).toEqual([]);
  });

  it('re-reads the rows with a corrected mapping, and the import with the same mapping stores what was shown', async () => {
    const mapping = [
      { column: 1, field: 'followers' },
      { column: 3, field: null },
    ];
    const preview = await post('/api/v1/imports/preview', mapping);
    expect(preview.body.columns.map((c: { field: string | null }) => c.field)).toEqual([
      'handle',
      'followers',
      'country',
      null,
    ]);
    expect(preview.body.rows[0].creator.accounts[0].followers).toBe(31_200);
    const imported = await post('/api/v1/imports', mapping);
    expect(imported.status).toBe(201);
    expect(importSummarySchema.parse(imported.body).columns).toEqual(preview.body.columns);
    // A file's numbers go to the importing workspace's own layer.
    expect(
      await t.db
        .selectFrom('workspace_account_data as w')
        .innerJoin('accounts as a', 'a.id', 'w.account_id')
        .select(['a.handle', 'w.followers'])
        .orderBy('a.handle')
        .execute(),
    ).toEqual([
      { handle: 'ana.feet', followers: 31_200 },
      { handle: 'bo.sandals', followers: 12_000 },
    ]);
  });

  it('refuses a mapping that is not JSON, names no field or no column, naming what is wrong', async () => {
    const notJson = await post('/api/v1/imports/preview', '[{column: 1');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.details[0].path).toBe('mapping');
    const noField = await post('/api/v1/imports/preview', [{ column: 1, field: 'shoe_size' }]);
    expect(noField.status).toBe(400);
    expect(noField.body.error.message).toBe('mapping: "shoe_size" is not a field a column can feed');
    const noColumn = await post('/api/v1/imports/preview', [{ column: 7, field: 'handle' }]);
    expect(noColumn.body.error.message).toBe('mapping: column 7 is not a column of the file (it has 4)');
  });
});
