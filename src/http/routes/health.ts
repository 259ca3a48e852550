// GET /health: "ok" only when the database accepts a write (a committed heartbeat) and the secret key
// that decrypts store secrets loads. A read-only file or a broken key answered "ok" before and every
// webhook then failed; now the answer is 503 with the reason, and the reason is logged.
import { Hono } from 'hono';
import type { z } from 'zod';
import { dialectOf } from '../../storage/dialect.ts';
import { probeWrites } from '../../storage/probe-writes.ts';
import type { EngineHolder } from '../../search-index/engine-holder.ts';
import type { AppDeps, AppEnv } from '../context.ts';
import type { healthSchema } from '../schemas/health.ts';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const { db } = c.get('deps');
  const runtime = c.get('runtime');
  const started = performance.now();
  const database: z.infer<typeof healthSchema>['database'] = { dialect: dialectOf(db), ok: true };
  try {
    await probeWrites(db);
    database.ms = Math.round(performance.now() - started);
  } catch (error) {
    Object.assign(database, { ok: false, error: `the database does not accept writes: ${messageOf(error)}` });
  }
  const secretKey: z.infer<typeof healthSchema>['secret_key'] = { ok: true };
  try {
    runtime.secretKey();
  } catch (error) {
    Object.assign(secretKey, { ok: false, error: `the secret key does not load: ${messageOf(error)}` });
  }
  const ok = database.ok && secretKey.ok;
  if (!ok) runtime.log(`[health] degraded: ${[database.error, secretKey.error].filter(Boolean).join('; ')}`);
  // A building index is not a fault (discovery waits for it; clicks and webhooks do not): reported only.
  const holder = c.get('deps').discovery as Partial<EngineHolder>;
  const index = typeof holder.status === 'function' ? { discovery_index: holder.status() } : {};
  const demo = demoWorldStatus(c.get('deps'));
  return c.json({ status: ok ? 'ok' : 'degraded', database, secret_key: secretKey, ...index, ...demo }, ok ? 200 : 503);
});

/** The demo world being written by this process (cli/serve-demo.ts), if any. */
function demoWorldStatus(deps: AppDeps): { demo_world?: z.infer<typeof healthSchema>['demo_world'] } {
  const preparing = deps.demoProgress?.();
  if (preparing) return { demo_world: { state: 'preparing', ...preparing } };
  const growing = deps.demoGrowth?.();
  return growing ? { demo_world: { state: 'growing', ...growing } } : {};
}
