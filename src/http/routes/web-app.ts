// The single-page web app built by Vite into dist/web: hashed assets served as immutable files, and
// index.html for every client route of a signed-in user (others go to /login). Nothing is fetched
// from another host; the built app has no inline script, so the CSP stays `default-src 'self'`.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { authenticateSession } from '../../services/access/authenticate.ts';
import { SESSION_COOKIE } from '../authenticate.ts';
import type { AppEnv } from '../context.ts';
import { layout } from '../pages/layout.ts';
import { html } from 'hono/html';

/** Paths the app routes itself (keep in step with `parseRoute` in web/src/lib/router.tsx). */
export const CLIENT_ROUTES = [
  '/',
  '/discover',
  '/creators',
  '/creators/:id',
  '/campaigns',
  '/campaigns/:id',
  '/imports',
  '/settings',
  '/settings/:tab',
  '/onboarding',
  '/audit',
  '/deliveries',
  '/relationships',
  '/lists',
  '/lists/:id',
  '/tasks',
  '/payouts',
  '/inbox',
] as const;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * Files of a built app never change under the same name (hashes), so they are read once. Only files
 * that exist are kept: they are few (one build), while a miss is any name a client makes up, and
 * remembering misses let anyone grow this map without bound (and hid files of a later build).
 */
const cache = new Map<string, Buffer>();

async function readBuilt(root: string, relative: string): Promise<Buffer | null> {
  const full = normalize(join(root, relative));
  if (!full.startsWith(normalize(root + sep))) return null;
  const cached = cache.get(full);
  if (cached) return cached;
  const file = await readFile(full).catch(() => null);
  if (file) cache.set(full, file);
  return file;
}

const notBuilt = () =>
  layout(
    'Web app not built',
    html`
<h1>The web app is not built yet</h1>
<p>Run <code>npm run build</code> (<code>npm install</code> does it once), then reload this page.</p>
<p>The REST API works without it: see <a href="/api/docs">the API reference</a>.</p>`,
  );

export function webAppRoutes(webRoot: string) {
  const index = async (c: Context<AppEnv>) => {
    const id = getCookie(c, SESSION_COOKIE);
    const actor = id ? await authenticateSession(c.get('deps').db, id) : undefined;
    if (!actor) return c.redirect('/login', 302);
    // index.html is read on each visit (it is small) so a rebuild shows without a restart.
    const page = await readFile(join(webRoot, 'index.html')).catch(() => null);
    if (!page) return c.html(notBuilt(), 503);
    c.header('cache-control', 'no-cache');
    return c.body(new Uint8Array(page), 200, { 'content-type': 'text/html; charset=utf-8' });
  };
  const app = new Hono<AppEnv>().get('/assets/:file{.+}', async (c) => {
    const file = await readBuilt(webRoot, join('assets', c.req.param('file')));
    if (!file) return c.text('Not found', 404);
    return c.body(new Uint8Array(file), 200, {
      'content-type': TYPES[extname(c.req.path)] ?? 'application/octet-stream',
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });
  for (const route of CLIENT_ROUTES) app.get(route, index);
  return app;
}
