// Test helper for the connected-account tests (Instagram, YouTube, TikTok): workspace "acme" (shop.example allowed),
// its owner's API token, the given creators stored and enrolled in one campaign, and the app configured with the
// provider's replay server (`env`). Each provider test keeps only what differs: its provider, creators and checks.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import { createUser } from '../../src/services/access/create-user.ts';
import type { DB } from '../../src/storage/connect.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { testConfig } from './commerce.ts';
import { storeCreators } from './factories.ts';

type CreatorRecord = Parameters<typeof storeCreators>[2][number];

export interface ConnectWorld {
  app: ReturnType<typeof createApp>;
  campaignId: number;
  /** A brand API call with the owner's token (GET without a body, POST with one). */
  api(path: string, body?: unknown): Response | Promise<Response>;
  /** An empty form POST from her browser (same origin), as a portal button sends it. */
  form(path: string): Response | Promise<Response>;
  /** The path of a new portal link for `creator` ("platform:handle"). */
  portalOf(creator: string): Promise<string>;
}

export async function connectWorld(
  db: DB,
  env: Record<string, string>,
  creators: { record: CreatorRecord; ref: string }[],
): Promise<ConnectWorld> {
  const acme = await ensureWorkspace(db, 'acme');
  await setAllowedDomains(db, acme.id, ['shop.example']);
  const owner = await createUser(db, {
    email: 'owner@acme.test',
    password: 'correct horse battery',
    workspace: 'acme',
    role: 'owner',
  });
  const token = (await createApiToken(db, owner.workspaceId, 'test', { userId: owner.userId })).token;
  await storeCreators(
    db,
    owner.workspaceId,
    creators.map((c) => c.record),
  );
  const app = createApp({
    db,
    config: testConfig({ MICROREACH_DATA_DIR: mkdtempSync(join(tmpdir(), 'mr-connect-')), ...env }),
  });
  const api = (path: string, body?: unknown) =>
    app.request(path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const form = (path: string) =>
    app.request(path, {
      method: 'POST',
      headers: { host: 'localhost', origin: 'http://localhost', 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
  const created = await api('/api/v1/campaigns', {
    name: 'Summer',
    destination_url: 'https://shop.example/',
    starts_on: '2030-06-01',
    ends_on: '2030-07-31',
  });
  const campaignId = ((await created.json()) as { id: number }).id;
  for (const { ref } of creators)
    expect((await api(`/api/v1/campaigns/${campaignId}/creators`, { creator: ref, fee_minor: 10_000 })).status).toBe(
      201,
    );
  const portalOf = async (creator: string) => {
    const res = await api(`/api/v1/campaigns/${campaignId}/portal-links`, { creator });
    expect(res.status).toBe(201);
    return new URL(((await res.json()) as { url: string }).url).pathname;
  };
  return { app, campaignId, api, form, portalOf };
}
