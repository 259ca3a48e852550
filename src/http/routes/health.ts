import { Hono } from 'hono';
import { dialectOf } from '../../storage/dialect.ts';
import { pingDatabase } from '../../storage/ping-database.ts';
import type { AppEnv } from '../context.ts';

export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const { db } = c.get('deps');
  const started = performance.now();
  try {
    await pingDatabase(db);
    return c.json({ status: 'ok', database: { dialect: dialectOf(db), ok: true, ms: Math.round(performance.now() - started) } });
  } catch (error) {
    return c.json({ status: 'degraded', database: { dialect: dialectOf(db), ok: false, error: (error as Error).message } }, 503);
  }
});
