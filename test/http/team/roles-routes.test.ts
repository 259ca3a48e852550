// Every API route × every role, from the OpenAPI operations list: a route missing from the permission
// table fails here; a role the table refuses gets 403; a role it allows never does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleAllows } from '../../../src/core/access/permissions.ts';
import { ROLES, type Role } from '../../../src/core/access/roles.ts';
import { ROUTE_PERMISSIONS } from '../../../src/core/access/route-permissions.ts';
import { loadConfig } from '../../../src/config.ts';
import { createApp } from '../../../src/http/app.ts';
import { OPERATIONS } from '../../../src/http/openapi/operations.ts';
import { createApiToken } from '../../../src/services/access/create-api-token.ts';
import { createUser } from '../../../src/services/access/create-user.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const API = OPERATIONS.filter((o) => o.path.startsWith('/api/v1/'));
const keyOf = (o: (typeof API)[number]) => `${o.method.toUpperCase()} ${o.path}`;
const SECRET_KEY = 'ab'.repeat(32);

describe('the permission table covers the API', () => {
  it('maps every OpenAPI operation under /api/v1 to a permission', () => {
    expect(API.map(keyOf).filter((k) => !ROUTE_PERMISSIONS[k])).toEqual([]);
  });
  it('names no route the API does not have', () => {
    const documented = new Set(API.map(keyOf));
    expect(Object.keys(ROUTE_PERMISSIONS).filter((k) => !documented.has(k))).toEqual([]);
  });
});

describe.each(testDialects)('routes × roles on %s', (dialect) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await ensureWorkspace(t.db, 'acme');
    for (const role of ROLES) {
      const user = await createUser(t.db, {
        email: `${role}@acme.test`,
        password: 'correct horse battery',
        workspace: 'acme',
        role,
      });
      tokens[role] = (await createApiToken(t.db, user.workspaceId, role, { userId: user.userId })).token;
    }
    app = createApp({ db: t.db, config: loadConfig({ MICROREACH_SECRET_KEY: SECRET_KEY }) });
  }, 60_000);
  afterAll(async () => t.close());

  const concrete = (path: string) => path.replace('{id}', path.includes('/sessions/') ? 'ffffffffffffffff' : '999999');

  it.each(ROLES)('answers %s exactly as the table says on every route', async (role) => {
    const wrong: string[] = [];
    for (const op of API) {
      const permission = ROUTE_PERMISSIONS[keyOf(op)]!;
      const res = await app.request(concrete(op.path), {
        method: op.method.toUpperCase(),
        headers: {
          authorization: `Bearer ${tokens[role]}`,
          ...(op.method === 'post' ? { 'content-type': 'application/json' } : {}),
        },
        body: op.method === 'post' ? '{}' : undefined,
      });
      const refused = res.status === 403;
      if (refused === roleAllows(role, permission)) wrong.push(`${keyOf(op)} (${permission}) → ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });
});
