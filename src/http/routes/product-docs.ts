// The product's own documentation (docs/*.md at the package root), served as plain text so the web app's
// "?" links and the API reference can point at it from a self-hosted install with no outside host.
import { readFile } from 'node:fs/promises';
import { Hono } from 'hono';
import type { AppEnv } from '../context.ts';

/** docs/ beside src/ (and beside lib/ once built: same depth). */
const DOCS = new URL('../../../docs/', import.meta.url);

export const productDocRoutes = new Hono<AppEnv>().get('/:name{[a-z0-9-]+\\.md}', async (c) => {
  const text = await readFile(new URL(c.req.param('name'), DOCS), 'utf8').catch(() => null);
  if (text === null) return c.text('Not found', 404);
  c.header('cache-control', 'no-cache');
  return c.body(text, 200, { 'content-type': 'text/plain; charset=utf-8' });
});
