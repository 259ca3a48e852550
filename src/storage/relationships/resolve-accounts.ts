// Accounts named by "platform:handle" or by id, in one query per platform; what is unknown is returned
// by name so the caller can refuse the whole call naming each one.
import { AppError } from '../../core/app-error.ts';
import { parseAccountRef } from '../../core/creators/parse-account-ref.ts';
import type { DB } from '../connect.ts';

export interface ResolvedAccount {
  id: number;
  creator_id: number;
  platform: string;
  handle: string;
}

export async function resolveAccounts(
  db: DB,
  refs: readonly string[],
  accountIds: readonly number[],
): Promise<ResolvedAccount[]> {
  const wanted = refs.map((ref, index) => ({ index, ...parseAccountRef(ref) }));
  const found = new Map<string, ResolvedAccount>();
  for (const platform of new Set(wanted.map((w) => w.platform))) {
    const handles = wanted.filter((w) => w.platform === platform).map((w) => w.handle);
    const rows = await db
      .selectFrom('accounts')
      .select(['id', 'creator_id', 'platform', 'handle'])
      .where('platform', '=', platform)
      .where('handle', 'in', handles)
      .execute();
    for (const r of rows)
      found.set(`${r.platform}:${r.handle}`, { ...r, id: Number(r.id), creator_id: Number(r.creator_id) });
  }
  const byId =
    accountIds.length === 0
      ? []
      : await db
          .selectFrom('accounts')
          .select(['id', 'creator_id', 'platform', 'handle'])
          .where('id', 'in', [...accountIds])
          .execute();
  const ids = new Set(byId.map((r) => Number(r.id)));
  const details = [
    ...wanted
      .filter((w) => !found.has(`${w.platform}:${w.handle}`))
      .map((w) => ({ path: `creators.${w.index}`, message: `unknown creator ${w.platform}:${w.handle}` })),
    ...accountIds
      .map((id, index) => ({ id, index }))
      .filter(({ id }) => !ids.has(id))
      .map(({ id, index }) => ({ path: `account_ids.${index}`, message: `unknown account ${id}` })),
  ];
  if (details.length > 0) {
    throw new AppError(
      'not_found',
      `${details.length} creator(s) unknown: import them first (${details[0]!.message}…)`,
      details,
    );
  }
  const all = [...found.values(), ...byId.map((r) => ({ ...r, id: Number(r.id), creator_id: Number(r.creator_id) }))];
  return [...new Map(all.map((a) => [a.id, a])).values()];
}
