// Each creator's enrollment in one campaign of the workspace, as merge facts: the tracked link's key, the
// code, the agreed fee. A creator not enrolled in the campaign has no entry (her {{link}} stays unfilled).
import type { DealMergeFacts } from '../../core/outreach/merge-values.ts';
import type { DB } from '../connect.ts';

export type DealFactsRow = Omit<DealMergeFacts, 'portalLink'> & { enrollmentId: number };

export async function loadDealMergeFacts(
  db: DB,
  workspaceId: number,
  campaignId: number,
  creatorIds: number[],
): Promise<Map<number, DealFactsRow>> {
  const out = new Map<number, DealFactsRow>();
  for (let i = 0; i < creatorIds.length; i += 500) {
    const rows = await db
      .selectFrom('enrollments as e')
      .innerJoin('campaigns as c', 'c.id', 'e.campaign_id')
      .leftJoin('tracked_links as l', 'l.enrollment_id', 'e.id')
      .leftJoin('discount_codes as d', (j) =>
        j.onRef('d.enrollment_id', '=', 'e.id').on('d.replaced_by_code_id', 'is', null),
      )
      .select(['e.id', 'e.creator_id', 'e.fee_minor', 'c.currency', 'l.key as link_key', 'd.code'])
      .where('e.workspace_id', '=', workspaceId)
      .where('e.campaign_id', '=', campaignId)
      .where('e.creator_id', 'in', creatorIds.slice(i, i + 500))
      .orderBy('e.id')
      .execute();
    for (const r of rows)
      if (!out.has(Number(r.creator_id)))
        out.set(Number(r.creator_id), {
          enrollmentId: Number(r.id),
          linkKey: r.link_key ?? null,
          code: r.code ?? null,
          feeMinor: r.fee_minor === null ? null : Number(r.fee_minor),
          currency: r.currency,
        });
  }
  return out;
}
