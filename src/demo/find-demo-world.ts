import type { DB } from '../storage/connect.ts';

export interface DemoWorldState {
  creators: number;
  seed: number | null;
  asOf: string | null;
}

/** What demo data the database holds (creators whose `demo` labels are set), or undefined when none. */
export async function findDemoWorld(db: DB): Promise<DemoWorldState | undefined> {
  const { n } = await db
    .selectFrom('creators')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('demo', 'is not', null)
    .executeTakeFirstOrThrow();
  if (Number(n) === 0) return undefined;
  const first = await db
    .selectFrom('creators')
    .select('demo')
    .where('demo', 'is not', null)
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  let labels: { seed?: unknown; asOf?: unknown } = {};
  try {
    labels = JSON.parse(first?.demo ?? '{}') as typeof labels;
  } catch {
    // Labels written by something else: the world is still demo data, of unknown seed.
  }
  return {
    creators: Number(n),
    seed: typeof labels.seed === 'number' ? labels.seed : null,
    asOf: typeof labels.asOf === 'string' ? labels.asOf : null,
  };
}
