import type { DB } from '../connect.ts';

/** The created gift orders (ordered or shipped) of a campaign's enrollments: their cost and shipping, by enrollment. */
export async function createdGiftCosts(db: DB, workspaceId: number, campaignId: number) {
  const rows = await db
    .selectFrom('gifts as g')
    .innerJoin('enrollments as e', 'e.id', 'g.enrollment_id')
    .select(['g.enrollment_id', 'g.currency', 'g.cost_minor', 'g.shipping_minor'])
    .where('g.workspace_id', '=', workspaceId)
    .where('e.campaign_id', '=', campaignId)
    .where('g.status', 'in', ['ordered', 'shipped'])
    .orderBy('g.id')
    .execute();
  const by = new Map<number, { currency: string; costMinor: number | null; shippingMinor: number | null }[]>();
  for (const r of rows) {
    const id = Number(r.enrollment_id);
    by.set(id, [
      ...(by.get(id) ?? []),
      {
        currency: r.currency,
        costMinor: r.cost_minor === null ? null : Number(r.cost_minor),
        shippingMinor: r.shipping_minor === null ? null : Number(r.shipping_minor),
      },
    ]);
  }
  return by;
}
