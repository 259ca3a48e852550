// Whether a demo world was started but not finished (the server stopped while it grew), and which
// (its size and seed, which may differ from today's configuration): `serve` then continues it at
// start, as it would fill an empty database.
import { readDemoWorldPlan } from '../../demo/demo-world-plan.ts';
import { findDemoWorld } from '../../demo/find-demo-world.ts';
import type { DB } from '../../storage/connect.ts';

export async function demoNeedsFinishing(db: DB): Promise<{ creators: number; seed: number } | undefined> {
  const plan = await readDemoWorldPlan(db);
  if (!plan) return undefined;
  const world = await findDemoWorld(db);
  if (!world || world.seed !== plan.seed) return undefined;
  const unfinished = { creators: plan.target, seed: plan.seed };
  if (world.creators < plan.target) return unfinished;
  const unmeasured = await db
    .selectFrom('accounts')
    .leftJoin('account_metrics', 'account_metrics.account_id', 'accounts.id')
    .select('accounts.id')
    // Derived by the generation but not ranked yet (revision 0) is not finished either.
    .where((eb) => eb.or([eb('account_metrics.account_id', 'is', null), eb('account_metrics.revision', '=', 0)]))
    .limit(1)
    .executeTakeFirst();
  return unmeasured === undefined ? undefined : unfinished;
}
