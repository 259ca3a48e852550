// A workspace with one campaign (GBP, 30-day hold) and two creators with codes, for ledger and payout
// tests: ana earns 10 % (code ANA10), ben 12.5 % (code BEN10). Orders are built with `ledgerOrder`.
import type { OrderRecord } from '../../src/core/orders/order-record.ts';
import { customerKey, emailHash } from '../../src/core/identity/customer-identity.ts';
import { createCampaignSchema, enrollCreatorSchema } from '../../src/http/schemas/campaigns.ts';
import { createCampaign } from '../../src/services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../src/services/campaigns/enroll-creator.ts';
import type { DB } from '../../src/storage/connect.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { creatorRecord, storeCreators } from './factories.ts';

export interface LedgerCreator {
  enrollmentId: number;
  creatorId: number;
  code: string;
  bps: number;
}

export interface LedgerWorld {
  workspaceId: number;
  campaignId: number;
  ana: LedgerCreator;
  ben: LedgerCreator;
}

export async function ledgerWorld(db: DB, slug = 'acme'): Promise<LedgerWorld> {
  const workspaceId = (await ensureWorkspace(db, slug, { currency: 'GBP' })).id;
  await setAllowedDomains(db, workspaceId, ['shop.example']);
  await storeCreators(db, workspaceId, [
    creatorRecord({ email: `ana@${slug}.example`, displayName: 'Ana' }, { handle: `ana_${slug}`, followers: 30_000 }),
    creatorRecord({ displayName: 'Ben' }, { handle: `ben_${slug}`, followers: 40_000 }),
  ]);
  const campaign = await createCampaign(
    db,
    workspaceId,
    createCampaignSchema.parse({ name: 'Spring', destination_url: 'https://shop.example/', currency: 'GBP' }),
  );
  const enroll = async (handle: string, code: string, bps: number): Promise<LedgerCreator> => {
    const { enrollmentId } = await enrollCreator(
      db,
      workspaceId,
      campaign.id,
      enrollCreatorSchema.parse({ creator: `instagram:${handle}`, commission_bps: bps, code }),
    );
    const row = await db
      .selectFrom('enrollments')
      .select('creator_id')
      .where('id', '=', enrollmentId)
      .executeTakeFirstOrThrow();
    return { enrollmentId, creatorId: Number(row.creator_id), code, bps };
  };
  return {
    workspaceId,
    campaignId: campaign.id,
    ana: await enroll(`ana_${slug}`, `ANA${slug.toUpperCase()}`, 1000),
    ben: await enroll(`ben_${slug}`, `BEN${slug.toUpperCase()}`, 1250),
  };
}

/** An imported GBP order using a creator's code (order records carry codes normalised: lower case). */
export const ledgerOrder = (id: string, code: string, over: Partial<OrderRecord> = {}): OrderRecord => ({
  source: 'import',
  externalId: id,
  name: `#${id}`,
  currency: 'GBP',
  placedAt: '2026-03-10T12:00:00.000Z',
  subtotalMinor: 10000,
  discountsMinor: 0,
  shippingMinor: 0,
  taxMinor: 0,
  totalMinor: 10000,
  cogsMinor: null,
  paymentFeesMinor: null,
  financialStatus: 'paid',
  cancelledAt: null,
  customerKey: customerKey('import', null, emailHash(`${id}@buyer.example`)),
  emailHash: emailHash(`${id}@buyer.example`),
  addressHash: null,
  codes: [code.toLowerCase()],
  landingUrl: null,
  referrer: null,
  cartToken: null,
  checkoutToken: null,
  checkoutClickId: null,
  refunds: [],
  ...over,
});
