// A shipped gift moves the creator's relationship to "product sent" inside the webhook batch's transaction
// (write-delivery.ts: one savepoint per delivery): once, with its timeline event and outgoing event, however often
// the store repeats the news; never backwards from a later stage; and not at all when the batch rolls back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCampaignSchema, enrollCreatorSchema } from '../../../src/http/schemas/campaigns.ts';
import { createCampaign } from '../../../src/services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../../src/services/campaigns/enroll-creator.ts';
import { setStage } from '../../../src/services/relationships/change-relationship.ts';
import type { DeliveryJob } from '../../../src/services/webhooks/delivery-writer.ts';
import { writeDelivery } from '../../../src/services/webhooks/write-delivery.ts';
import { insertGift } from '../../../src/storage/gifts/gifts.ts';
import { setAllowedDomains } from '../../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from '../../support/factories.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../../support/test-db.ts';

const NOW = new Date('2026-03-10T09:00:00.000Z');

describe.each(testDialects)('a shipped gift and the relationship stage on %s', (dialect) => {
  let t: TestDatabase;
  let ws: number;
  let creatorId: number;
  let giftId: number;

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    ws = (await ensureWorkspace(t.db, 'acme', { currency: 'GBP' })).id;
    await setAllowedDomains(t.db, ws, ['shop.example']);
    await storeCreators(t.db, ws, [creatorRecord({}, { handle: 'ana', followers: 30_000 })]);
    const campaign = await createCampaign(
      t.db,
      ws,
      createCampaignSchema.parse({ name: 'Spring', destination_url: 'https://shop.example/', currency: 'GBP' }),
    );
    const { enrollmentId } = await enrollCreator(
      t.db,
      ws,
      campaign.id,
      enrollCreatorSchema.parse({ creator: 'instagram:ana' }),
      () => NOW,
    );
    const enrollment = await t.db
      .selectFrom('enrollments')
      .select('creator_id')
      .where('id', '=', enrollmentId)
      .executeTakeFirstOrThrow();
    creatorId = Number(enrollment.creator_id);
    giftId = await insertGift(t.db, {
      workspaceId: ws,
      enrollmentId,
      platform: 'shopify',
      items: [],
      currency: 'GBP',
      valueMinor: 1800,
      costMinor: null,
      shippingMinor: null,
      address: {},
      now: NOW.toISOString(),
    });
  });
  afterEach(() => t.close());

  /** The store's fulfilment news as the webhook writer gets it (already verified and parsed). */
  const delivery = (externalId: string): DeliveryJob => ({
    workspaceId: ws,
    platform: 'shopify',
    topic: 'orders/fulfilled',
    externalId,
    headers: {},
    body: '{}',
    bodyBytes: 2,
    bodyTruncated: false,
    signatureOk: true,
    action: { kind: 'gift', reference: `mr-gift-${ws}-${giftId}`, fulfilled: true },
    receivedAt: Date.now(),
  });
  /** One batch of deliveries in one transaction, committed or rolled back, as the delivery writer runs it. */
  const batch = async (ids: string[], commit = true) => {
    const trx = await t.db.startTransaction().execute();
    const outcomes = [];
    try {
      for (const id of ids) outcomes.push((await writeDelivery(trx, delivery(id))).outcome);
    } catch (e) {
      await trx.rollback().execute();
      throw e;
    }
    await (commit ? trx.commit() : trx.rollback()).execute();
    return outcomes;
  };
  const relationship = () =>
    t.db
      .selectFrom('relationships')
      .select(['id', 'stage'])
      .where('workspace_id', '=', ws)
      .where('creator_id', '=', creatorId)
      .executeTakeFirst();
  const stageEvents = async () =>
    (
      await t.db
        .selectFrom('relationship_events')
        .select('details')
        .where('workspace_id', '=', ws)
        .where('kind', '=', 'stage_changed')
        .orderBy('id')
        .execute()
    ).map((e) => JSON.parse(e.details) as Record<string, unknown>);

  it('moves her to product sent once, with its timeline event, however often the store says so', async () => {
    await setStage(t.db, { workspaceId: ws, userId: null }, creatorId, 'agreed');
    // The same news twice in one batch (fulfilled, then updated), and again in a later batch.
    expect(await batch(['f-1', 'f-2'])).toEqual(['processed', 'processed']);
    expect(await batch(['f-3'])).toEqual(['processed']);
    expect(await relationship()).toMatchObject({ stage: 'product_sent' });
    expect(await stageEvents()).toEqual([
      { from: 'prospect', to: 'agreed' },
      { from: 'agreed', to: 'product_sent', gift_id: giftId, campaign_id: expect.any(Number) },
    ]);
  });

  it('never moves a relationship back from a later stage', async () => {
    await setStage(t.db, { workspaceId: ws, userId: null }, creatorId, 'content_live');
    await batch(['f-1']);
    expect(await relationship()).toMatchObject({ stage: 'content_live' });
    const gift = await t.db.selectFrom('gifts').select('status').where('id', '=', giftId).executeTakeFirstOrThrow();
    expect(gift.status).toBe('shipped');
    expect(await stageEvents()).toHaveLength(1);
  });

  it('moves nothing when the batch rolls back, and ships and moves on the next delivery', async () => {
    await batch(['f-1'], false);
    expect(await relationship()).toBeUndefined();
    await batch(['f-1']);
    expect(await relationship()).toMatchObject({ stage: 'product_sent' });
    expect(await stageEvents()).toEqual([
      { from: 'prospect', to: 'product_sent', gift_id: giftId, campaign_id: expect.any(Number) },
    ]);
  });
});
