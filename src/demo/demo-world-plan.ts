// What a demo world is meant to become, kept in `meta` while it is written: its size, seed, asOf and
// the first id of every table. A world can then be written in parts (a small world first, the rest
// in the background, or after a restart) and still end up row for row the world one run makes:
// every id is base + creator number × block, and the bases are fixed by the first part.
import type { DB } from '../storage/connect.ts';
import { ID_TABLES } from './allocate-ids.ts';
import type { IdBase } from './build-creator.ts';

export interface DemoWorldPlan {
  /** Creators the finished world has. */
  target: number;
  seed: number;
  asOfMs: number;
  base: IdBase;
}

const PREFIX = 'demo_world:';
const BASE_KEYS = Object.keys(ID_TABLES) as (keyof IdBase)[];

export async function readDemoWorldPlan(db: DB): Promise<DemoWorldPlan | undefined> {
  const rows = await db.selectFrom('meta').select(['key', 'value']).where('key', 'like', `${PREFIX}%`).execute();
  const value = new Map(rows.map((r) => [r.key.slice(PREFIX.length), Number(r.value)]));
  const target = value.get('target');
  const seed = value.get('seed');
  const asOfMs = value.get('as_of_ms');
  if (target === undefined || seed === undefined || asOfMs === undefined) return undefined;
  const base = {} as IdBase;
  for (const key of BASE_KEYS) {
    const id = value.get(`base_${key}`);
    if (id === undefined) return undefined;
    base[key] = id;
  }
  return { target, seed, asOfMs, base };
}

export async function saveDemoWorldPlan(db: DB, plan: DemoWorldPlan): Promise<void> {
  const values = [
    { key: `${PREFIX}target`, value: plan.target },
    { key: `${PREFIX}seed`, value: plan.seed },
    { key: `${PREFIX}as_of_ms`, value: plan.asOfMs },
    ...BASE_KEYS.map((key) => ({ key: `${PREFIX}base_${key}`, value: plan.base[key] })),
  ];
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('meta').where('key', 'like', `${PREFIX}%`).execute();
    await trx.insertInto('meta').values(values).execute();
  });
}

export async function deleteDemoWorldPlan(db: DB): Promise<void> {
  await db.deleteFrom('meta').where('key', 'like', `${PREFIX}%`).execute();
}
