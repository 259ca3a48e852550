// Her accounts on one platform, and whether each has a verified audience: the portal shows it, and a connection is
// accepted only for an account the brand already knows as hers.
import type { DB } from '../connect.ts';

export interface CreatorAccount {
  id: number;
  handle: string;
  externalId: string | null;
  verifiedAudienceAsOf: string | null;
  verifiedSampleSize: number | null;
}

export async function creatorAccountsOn(db: DB, creatorId: number, platform: string): Promise<CreatorAccount[]> {
  const rows = await db
    .selectFrom('accounts as a')
    .leftJoin('audiences as au', (j) => j.onRef('au.account_id', '=', 'a.id').on('au.source', '=', 'verified'))
    .select(['a.id', 'a.handle', 'a.external_id'])
    .select((eb) => [eb.fn.max('au.as_of').as('as_of'), eb.fn.max('au.sample_size').as('sample_size')])
    .where('a.creator_id', '=', creatorId)
    .where('a.platform', '=', platform as never)
    .groupBy(['a.id', 'a.handle', 'a.external_id'])
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    handle: r.handle,
    externalId: r.external_id,
    verifiedAudienceAsOf: r.as_of ?? null,
    verifiedSampleSize: r.sample_size === null || r.sample_size === undefined ? null : Number(r.sample_size),
  }));
}
