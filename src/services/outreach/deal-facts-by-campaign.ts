// The deal merge facts of many creators across the campaigns of their sequences, keyed `campaign:creator`,
// one query per campaign.
import type { DB } from '../../storage/connect.ts';
import { type DealFactsRow, loadDealMergeFacts } from '../../storage/outreach/deal-merge-facts.ts';

export async function loadDealFactsByCampaign(
  db: DB,
  workspaceId: number,
  steps: readonly { campaignId: number | null; creatorId: number }[],
): Promise<Map<string, DealFactsRow>> {
  const byCampaign = new Map<number, number[]>();
  for (const s of steps)
    if (s.campaignId !== null) byCampaign.set(s.campaignId, [...(byCampaign.get(s.campaignId) ?? []), s.creatorId]);
  const out = new Map<string, DealFactsRow>();
  for (const [campaignId, creatorIds] of byCampaign)
    for (const [creatorId, facts] of await loadDealMergeFacts(db, workspaceId, campaignId, creatorIds))
      out.set(`${campaignId}:${creatorId}`, facts);
  return out;
}
