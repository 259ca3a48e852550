// A small world for portal tests through the app: workspace "acme" (EUR, shop.example allowed), its owner's API
// token, creator instagram:ana.anklets enrolled in campaign "Summer" (2030-06-01 – 2030-07-31), and her portal link.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/http/app.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { createUser } from '../../src/services/access/create-user.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { testConfig } from './commerce.ts';
import { creatorRecord, storeCreators } from './factories.ts';
import type { TestDatabase } from './test-db.ts';

export async function portalWorld(t: TestDatabase, env: Record<string, string> = {}) {
  const acme = await ensureWorkspace(t.db, 'acme');
  await setAllowedDomains(t.db, acme.id, ['shop.example']);
  const owner = await createUser(t.db, {
    email: 'owner@acme.test',
    password: 'correct horse battery',
    workspace: 'acme',
    role: 'owner',
  });
  const token = (await createApiToken(t.db, owner.workspaceId, 'test', { userId: owner.userId })).token;
  await storeCreators(t.db, acme.id, [creatorRecord({ displayName: 'Ana' }, { handle: 'ana.anklets' })]);
  const dataDir = mkdtempSync(join(tmpdir(), 'mr-portal-'));
  const app = createApp({ db: t.db, config: testConfig({ MICROREACH_DATA_DIR: dataDir, ...env }) });
  const api = async (path: string, body?: unknown) => {
    const res = await app.request(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  const campaign = await api('/api/v1/campaigns', {
    name: 'Summer',
    destination_url: 'https://shop.example/',
    starts_on: '2030-06-01',
    ends_on: '2030-07-31',
    currency: 'EUR',
  });
  const campaignId = campaign.id as number;
  await api(`/api/v1/campaigns/${campaignId}/creators`, { creator: 'instagram:ana.anklets', fee_minor: 30_000 });
  const link = await api(`/api/v1/campaigns/${campaignId}/portal-links`, { creator: 'instagram:ana.anklets' });
  const portalPath = new URL(link.url as string).pathname;
  /** A form post from the portal's own page. */
  const post = (
    path: string,
    body: FormData | ReadableStream<Uint8Array> | string,
    headers: Record<string, string> = {},
  ) =>
    app.request(`${portalPath}${path}`, {
      method: 'POST',
      headers: { host: 'localhost', origin: 'http://localhost', ...headers },
      body,
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);
  return {
    app,
    api,
    post,
    portalPath,
    campaignId,
    workspaceId: acme.id,
    dataDir,
    token,
    auth: { authorization: `Bearer ${token}` },
  };
}
