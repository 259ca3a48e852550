// Viewing a draft file through HTTP: the creator from her own link, the brand through the API; both get the bytes
// with their stored type, a safe name, nosniff and a sandbox CSP. Another creator's link and another workspace get
// 404, as does a draft that is a link.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiToken } from '../../../src/services/access/create-api-token.ts';
import { createUser } from '../../../src/services/access/create-user.ts';
import { creatorRecord, storeCreators } from '../../support/factories.ts';
import { JPEG_HEADER } from '../../support/media-headers.ts';
import { portalWorld } from '../../support/portal-world.ts';
import { openTestDatabase, type TestDatabase } from '../../support/test-db.ts';

describe('draft file view', () => {
  let t: TestDatabase;
  let world: Awaited<ReturnType<typeof portalWorld>>;
  let draftId: number;
  beforeEach(async () => {
    t = await openTestDatabase('sqlite');
    world = await portalWorld(t);
    const form = new FormData();
    form.set('file', new File([JPEG_HEADER], '<script>.html', { type: 'image/jpeg' }));
    expect((await world.post('/drafts', form)).status).toBe(303);
    draftId = Number((await t.db.selectFrom('content_drafts').select('id').executeTakeFirstOrThrow()).id);
  });
  afterEach(async () => t.close());

  const expectServed = async (res: Response) => {
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('content-disposition')).toBe(`inline; filename="draft-${draftId}.jpg"`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(JPEG_HEADER);
  };

  it('serves her own file from her link, linked from her page', async () => {
    const page = await (await world.app.request(world.portalPath)).text();
    expect(page).toContain(`href="${world.portalPath}/drafts/${draftId}/file"`);
    await expectServed(await world.app.request(`${world.portalPath}/drafts/${draftId}/file`));
  });

  it('serves it to the brand, and to nobody in another workspace', async () => {
    await expectServed(await world.app.request(`/api/v1/drafts/${draftId}/file`, { headers: world.auth }));
    const beta = await createUser(t.db, {
      email: 'o@beta.test',
      password: 'correct horse battery',
      workspace: 'beta',
      role: 'owner',
    });
    const other = (await createApiToken(t.db, beta.workspaceId, 'test', { userId: beta.userId })).token;
    const res = await world.app.request(`/api/v1/drafts/${draftId}/file`, {
      headers: { authorization: `Bearer ${other}` },
    });
    expect(res.status).toBe(404);
  });

  it("refuses another creator's link and a draft that is a link", async () => {
    await storeCreators(t.db, world.workspaceId, [creatorRecord({ displayName: 'Bo' }, { handle: 'bo.beach' })]);
    await world.api(`/api/v1/campaigns/${world.campaignId}/creators`, { creator: 'instagram:bo.beach' });
    const link = await world.api(`/api/v1/campaigns/${world.campaignId}/portal-links`, {
      creator: 'instagram:bo.beach',
    });
    const bo = new URL(link.url as string).pathname;
    expect((await world.app.request(`${bo}/drafts/${draftId}/file`)).status).toBe(404);

    const form = new FormData();
    form.set('url', 'https://drive.example/cut');
    expect((await world.post('/drafts', form)).status).toBe(303);
    const res = await world.app.request(`${world.portalPath}/drafts/${draftId + 1}/file`);
    expect(res.status).toBe(404);
  });
});
