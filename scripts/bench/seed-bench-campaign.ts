// The world both store benchmarks start from: one workspace whose site is shop.example (its tracked links
// may point there), one creator, one campaign and her enrollment (a link key, or a code).
import { createCampaignSchema, enrollCreatorSchema } from '../../src/http/schemas/campaigns.ts';
import { createCampaign } from '../../src/services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../src/services/campaigns/enroll-creator.ts';
import type { DB } from '../../src/storage/connect.ts';
import { saveCreatorRecord } from '../../src/storage/creators/save-creator-record.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';

export async function seedBenchCampaign(
  db: DB,
  options: {
    currency?: string;
    destination: string;
    enrollment: { link_key?: string; code?: string; commission_bps?: number };
  },
) {
  const ws = await ensureWorkspace(db, 'bench', options.currency ? { currency: options.currency } : undefined);
  await setAllowedDomains(db, ws.id, ['shop.example']);
  const now = new Date().toISOString();
  const account = { platform: 'instagram' as const, handle: 'bench.creator', followers: 30_000 };
  const provenance = { source: 'bench', observedAt: now, fetchedAt: now };
  await db
    .transaction()
    .execute((trx) =>
      saveCreatorRecord(trx, { accounts: [{ ...account, provenance }] }, { workspaceId: ws.id, via: 'bench', now }),
    );
  const campaign = await createCampaign(
    db,
    ws.id,
    createCampaignSchema.parse({ name: 'Bench', destination_url: options.destination }),
  );
  await enrollCreator(
    db,
    ws.id,
    campaign.id,
    enrollCreatorSchema.parse({ creator: 'instagram:bench.creator', ...options.enrollment }),
  );
  return { workspaceId: ws.id, campaignId: campaign.id };
}
