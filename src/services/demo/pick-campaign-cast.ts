import type { DB } from '../../storage/connect.ts';

/**
 * The demo campaign's creators: two clean micro creators of the footwear / accessories niches that
 * a footwear-and-anklets brand would pick (25–40k followers), and the biggest clean fashion creator
 * (the expensive comparison). Chosen from the generator's labels, deterministically, among the
 * first `among` demo creators: the small world a first start writes before the rest (seed-demo.ts),
 * so the cast is the same however large the world grows.
 */
export async function pickCampaignCast(db: DB, workspaceId: number, among: number): Promise<number[]> {
  const firstCreators = db.selectFrom('creators').select('id').where('demo', 'is not', null).orderBy('id').limit(among);
  const pool = (niches: string[], min: number, max: number | null, limit: number, biggest: boolean) => {
    let q = db
      .selectFrom('creators')
      .innerJoin('accounts', 'accounts.creator_id', 'creators.id')
      .innerJoin('workspace_creators', 'workspace_creators.creator_id', 'creators.id')
      .select(['creators.id', 'accounts.followers'])
      .where('workspace_creators.workspace_id', '=', workspaceId)
      .where('creators.id', 'in', firstCreators)
      .where('accounts.platform', '=', 'instagram')
      .where((eb) => eb.or(niches.map((n) => eb('creators.demo', 'like', `%"niche":"${n}"%`))))
      .where('creators.demo', 'like', '%"problems":[]%')
      .where('accounts.followers', '>=', min);
    if (max !== null) q = q.where('accounts.followers', '<', max);
    return q
      .orderBy('accounts.followers', biggest ? 'desc' : 'asc')
      .orderBy('creators.id')
      .limit(limit)
      .execute();
  };
  const micro = await pool(['footwear', 'accessories'], 25_000, 40_000, 2, false);
  const big = await pool(['fashion', 'footwear', 'accessories'], 200_000, null, 1, true);
  return [...micro, ...big].map((r) => r.id);
}
