// Server-rendered pages: sign-in and sign-out (the signed-in app is the single-page app, web-app.ts).
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { authenticateSession, authenticateToken } from '../../services/access/authenticate.ts';
import { createSession, deleteSession, SESSION_DAYS } from '../../services/access/create-session.ts';
import { findWorkspaceBySlug } from '../../storage/workspaces/workspaces.ts';
import { isSameOrigin, SESSION_COOKIE } from '../authenticate.ts';
import type { AppEnv } from '../context.ts';
import { loginPage } from '../pages/login-page.ts';

export const DEMO_WORKSPACE = 'demo';

async function demoAvailable(c: Context<AppEnv>) {
  const { db, config } = c.get('deps');
  return config.demo.login && (await findWorkspaceBySlug(db, DEMO_WORKSPACE)) !== undefined;
}

async function startSession(c: Context<AppEnv>, workspaceId: number, via: 'token' | 'demo') {
  const session = await createSession(c.get('deps').db, workspaceId, via);
  setCookie(c, SESSION_COOKIE, session.id, {
    httpOnly: true, sameSite: 'Lax', path: '/', secure: new URL(c.req.url).protocol === 'https:', maxAge: SESSION_DAYS * 86_400,
  });
  return c.redirect('/', 303);
}

// Form posts must come from our own pages.
const sameOrigin = (c: Context<AppEnv>) => isSameOrigin(c.req.header('origin'), c.req.header('host'));

export const pageRoutes = new Hono<AppEnv>()
  .get('/login', async (c) => c.html(loginPage({ demoAvailable: await demoAvailable(c) })))
  .post('/login', async (c) => {
    if (!sameOrigin(c)) return c.text('Cross-origin sign-in refused.', 403);
    const form = await c.req.parseBody();
    const token = typeof form.token === 'string' ? form.token.trim() : '';
    const actor = token ? await authenticateToken(c.get('deps').db, token) : undefined;
    if (!actor) return c.html(loginPage({ demoAvailable: await demoAvailable(c), error: 'That token is unknown or revoked.' }), 401);
    return startSession(c, actor.workspaceId, 'token');
  })
  .post('/login/demo', async (c) => {
    if (!sameOrigin(c)) return c.text('Cross-origin sign-in refused.', 403);
    const { db, config } = c.get('deps');
    const demo = config.demo.login ? await findWorkspaceBySlug(db, DEMO_WORKSPACE) : undefined;
    if (!demo) return c.html(loginPage({ demoAvailable: false, error: 'The demo workspace is not available here.' }), 404);
    return startSession(c, demo.id, 'demo');
  })
  .post('/logout', async (c) => {
    if (!sameOrigin(c)) return c.text('Cross-origin sign-out refused.', 403);
    const id = getCookie(c, SESSION_COOKIE);
    if (id) await deleteSession(c.get('deps').db, id);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/login', 303);
  });
