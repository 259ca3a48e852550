// Connected accounts from the portal (non-API, server-rendered): POST /p/<token>/connect/<provider> sends her to the
// provider; the provider sends her back to GET /oauth/<provider>/callback (one fixed redirect URI per provider, as
// providers register them exactly); POST /p/<token>/connections/<provider>/disconnect revokes and deletes. The
// callback carries no portal token: the state, bound to her link and to this browser (cookie), says whose it is.
import { Hono, type Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { html } from 'hono/html';
import { STATE_TTL_MINUTES } from '../../core/connections/oauth-state.ts';
import { isConnectionProvider, type ConnectionProvider } from '../../core/connections/providers.ts';
import { connectionClients } from '../../services/connections/connection-clients.ts';
import { disconnectConnection } from '../../services/connections/disconnect-connection.ts';
import { CallbackRefused, finishConnection } from '../../services/connections/finish-connection.ts';
import { startConnection } from '../../services/connections/start-connection.ts';
import { openPortalLink, PortalLinkRefused, type PortalSession } from '../../services/portal/open-portal-link.ts';
import { isSameOrigin } from '../authenticate.ts';
import type { AppEnv } from '../context.ts';
import { portalDeadPage } from '../pages/portal-page.ts';
import { setPortalNotice } from '../portal-notice.ts';
import { portalOrigin } from './content.ts';

const STATE_COOKIE = 'mr_connect';

const noStore = (c: Context<AppEnv>) => {
  c.header('cache-control', 'no-store');
  c.header('x-robots-tag', 'noindex');
};
const clientsOf = (c: Context<AppEnv>) => connectionClients(c.get('deps').config.connections);
const redirectUri = (c: Context<AppEnv>, provider: ConnectionProvider) =>
  `${portalOrigin(c)}/oauth/${provider}/callback`;

async function session(c: Context<AppEnv>): Promise<PortalSession | null> {
  try {
    return await openPortalLink(c.get('deps').db, c.get('runtime').secretKey(), c.req.param('token') ?? '');
  } catch (error) {
    if (error instanceof PortalLinkRefused) return null;
    throw error;
  }
}

/** Same origin, a valid link and a known provider, or the refusal to answer with. */
async function portalForm(c: Context<AppEnv>) {
  noStore(c);
  if (!isSameOrigin(c.req.header('origin'), c.req.header('host')))
    return { refusal: c.text('Cross-origin form refused.', 403) };
  const s = await session(c);
  if (!s) return { refusal: c.html(portalDeadPage(), 404) };
  const provider = c.req.param('provider') ?? '';
  if (!isConnectionProvider(provider)) return { refusal: c.text('Unknown provider.', 404) };
  return { s, provider };
}

const refusedPage = () => html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Connection not completed</title></head>
<body style="font: 17px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 0 auto; padding: 1rem">
<main><h1>This connection was not completed</h1>
<p>It expired, was already used, or was started in another browser. Open your portal link again and connect from there.</p></main>
</body></html>`;

export const portalConnectionRoutes = new Hono<AppEnv>()
  .post('/:token/connect/:provider', async (c) => {
    const form = await portalForm(c);
    if ('refusal' in form) return form.refusal;
    const started = await startConnection(
      c.get('deps').db,
      c.get('runtime').secretKey(),
      clientsOf(c),
      form.s,
      form.provider,
      redirectUri(c, form.provider),
    );
    // Lax: the provider's redirect back is a top-level GET navigation, which carries it; nothing else does.
    setCookie(c, STATE_COOKIE, started.stateDigest, {
      path: '/oauth',
      httpOnly: true,
      sameSite: 'Lax',
      secure: portalOrigin(c).startsWith('https:'),
      maxAge: STATE_TTL_MINUTES * 60,
    });
    return c.redirect(started.authorizationUrl.toString(), 303);
  })
  .post('/:token/connections/:provider/disconnect', async (c) => {
    const form = await portalForm(c);
    if ('refusal' in form) return form.refusal;
    await disconnectConnection(
      c.get('deps').db,
      c.get('runtime').secretKey(),
      clientsOf(c),
      form.s.creatorId,
      form.provider,
    );
    setPortalNotice(c, `/p/${c.req.param('token')}`, { done: 'disconnected' });
    return c.redirect(`/p/${c.req.param('token')}#connections`, 303);
  });

export const oauthCallbackRoutes = new Hono<AppEnv>().get('/:provider/callback', async (c) => {
  noStore(c);
  const provider = c.req.param('provider');
  if (!isConnectionProvider(provider)) return c.text('Unknown provider.', 404);
  try {
    const done = await finishConnection(
      c.get('deps').db,
      c.get('runtime').secretKey(),
      clientsOf(c),
      provider,
      new URL(c.req.url).searchParams,
      { stateDigest: getCookie(c, STATE_COOKIE) },
      redirectUri(c, provider),
    );
    setCookie(c, STATE_COOKIE, '', { path: '/oauth', maxAge: 0 });
    setPortalNotice(
      c,
      done.portalPath,
      done.outcome === 'connected' ? { done: 'connected' } : { connectError: done.failure.code },
    );
    return c.redirect(`${done.portalPath}#connections`, 303);
  } catch (error) {
    if (error instanceof CallbackRefused) return c.html(refusedPage(), 400);
    throw error;
  }
});
