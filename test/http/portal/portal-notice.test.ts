// The portal's notice after a form post is shown once: the view after the redirect shows it and clears its cookie;
// a reload (no cookie) and a hand-made "?done=" show nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { portalWorld } from '../../support/portal-world.ts';
import { viewAfter } from '../../support/portal-notice.ts';
import { openTestDatabase, type TestDatabase } from '../../support/test-db.ts';

describe('portal notice', () => {
  let t: TestDatabase;
  let world: Awaited<ReturnType<typeof portalWorld>>;
  beforeEach(async () => {
    t = await openTestDatabase('sqlite');
    world = await portalWorld(t);
  });
  afterEach(async () => t.close());

  it('shows "Your address is saved." once, not on a reload or from the URL', async () => {
    const address = { name: 'Ana Lima', address1: '1 High Street', city: 'Leeds', zip: 'LS1 1AA', country: 'GB' };
    const saved = await world.post('/address', new URLSearchParams(address).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect([saved.status, saved.headers.get('location')]).toEqual([303, world.portalPath]);
    const first = await viewAfter(world.app, saved);
    expect(await first.text()).toContain('Your address is saved.');
    expect(first.headers.get('set-cookie')).toMatch(/^portal_notice=; Max-Age=0; Path=\/p\//);
    const reload = await world.app.request(world.portalPath, { headers: { host: 'localhost' } });
    const byUrl = await world.app.request(`${world.portalPath}?done=address`, { headers: { host: 'localhost' } });
    for (const page of [await reload.text(), await byUrl.text()]) {
      expect(page).not.toContain('Your address is saved.');
      expect(page).toContain('Saved on'); // the state itself still says so
    }
  });
});
