import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCampaign } from '../../src/services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../src/services/campaigns/enroll-creator.ts';
import { ClickRecorder } from '../../src/services/tracking/click-recorder.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { createSchemaInput } from '../http/campaign-input.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';

describe.each(testDialects)('click recorder on %s', (dialect) => {
  let t: TestDatabase;
  let link: { id: number; workspaceId: number };
  const logs: string[] = [];
  const count = async () =>
    Number(
      (
        await t.db
          .selectFrom('clicks')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    const ws = (await ensureWorkspace(t.db, 'acme')).id;
    await setAllowedDomains(t.db, ws, ['shop.example']);
    await storeCreators(t.db, ws, [creatorRecord({}, { handle: 'ana' })]);
    const campaign = await createCampaign(
      t.db,
      ws,
      createSchemaInput({ name: 'C', destination_url: 'https://shop.example/' }),
    );
    await enrollCreator(t.db, ws, campaign.id, createSchemaInput.enroll({ creator: 'instagram:ana', link_key: 'ana' }));
    link = { id: (await t.db.selectFrom('tracked_links').select('id').executeTakeFirstOrThrow()).id, workspaceId: ws };
    logs.length = 0;
  });
  afterEach(async () => t.close());

  it('counts one click per visitor per link per UTC hour, reusing the click id', async () => {
    const clicks = new ClickRecorder(async () => t.db, { intervalMs: 60_000, log: (m) => logs.push(m) });
    const a = clicks.record(link, 'visitor-1', new Date('2026-03-02T14:05:00Z'), null);
    const b = clicks.record(link, 'visitor-1', new Date('2026-03-02T14:55:00Z'), null);
    const c = clicks.record(link, 'visitor-1', new Date('2026-03-02T15:00:00Z'), null);
    const d = clicks.record(link, 'visitor-2', new Date('2026-03-02T15:01:00Z'), null);
    expect([a.counted, b.counted, c.counted, d.counted]).toEqual([true, false, true, true]);
    expect(b.clickId).toBe(a.clickId);
    await clicks.close();
    expect(await count()).toBe(3);
  });

  it('drops clicks the database refuses (a deleted link) and writes the rest', async () => {
    const clicks = new ClickRecorder(async () => t.db, { intervalMs: 60_000, log: (m) => logs.push(m) });
    clicks.record(link, 'visitor-1', new Date(), null);
    clicks.record({ id: 999_999, workspaceId: link.workspaceId }, 'visitor-2', new Date(), null);
    clicks.record(link, 'visitor-3', new Date(), 'https://l.instagram.com/');
    await clicks.close();
    expect(await count()).toBe(2);
    expect(clicks.pending).toBe(0);
    expect(logs.join('\n')).toMatch(/dropped 1 clicks/);
  });

  it('durable (the default): a counted click is committed when its redirect may be answered, batched or not', async () => {
    const clicks = new ClickRecorder(async () => t.db, { intervalMs: 60_000, log: (m) => logs.push(m) });
    const first = clicks.record(link, 'visitor-1', new Date(), null);
    const burst = Array.from({ length: 50 }, (_, i) => clicks.record(link, `visitor-${i + 2}`, new Date(), null));
    const repeat = clicks.record(link, 'visitor-1', new Date(), null);
    expect(repeat.written).toBeUndefined();
    await first.written;
    expect(await count()).toBeGreaterThanOrEqual(1);
    await Promise.all(burst.map((c) => c.written));
    expect(await count()).toBe(51);
    expect(clicks.pending).toBe(0);
    await clicks.close();
  });

  it('batched: clicks wait in memory until a flush', async () => {
    const clicks = new ClickRecorder(async () => t.db, {
      intervalMs: 60_000,
      durable: false,
      log: (m) => logs.push(m),
    });
    expect(clicks.record(link, 'visitor-1', new Date(), null).written).toBeUndefined();
    expect(clicks.pending).toBe(1);
    await clicks.close();
    expect(await count()).toBe(1);
  });
});
