// Resolves the actor of a request: a bearer token (API, scripts) or the session cookie (browser), then
// asks the permission table whether the actor's role (and token scopes) allow the matched route.
// Cookie-authenticated writes must come from our own origin (CSRF defence on top of SameSite=Lax).
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { matchedRoutes } from 'hono/route';
import { AppError } from '../core/app-error.ts';
import { AUDITED_ROUTES } from '../core/access/audited-routes.ts';
import { ROUTE_PERMISSIONS, routeKey } from '../core/access/route-permissions.ts';
import { recordAudit } from '../storage/access/audit-events.ts';
import type { Actor } from '../services/access/actor.ts';
import { authenticateSession, authenticateToken } from '../services/access/authenticate.ts';
import { clientAddress } from './client-address.ts';
import type { AppEnv } from './context.ts';

export const SESSION_COOKIE = 'mr_session';

function tooMany(c: Context<AppEnv>, seconds: number): never {
  c.header('Retry-After', String(seconds));
  throw new AppError(
    'rate_limited',
    `Too many failed authentication attempts from your address; retry in ${seconds} s.`,
  );
}

async function bearerActor(c: Context<AppEnv>, header: string): Promise<Actor> {
  const { db, limiters } = c.get('deps');
  const address = clientAddress(c);
  const blocked = limiters.bearerFailures.blockedFor(address);
  if (blocked > 0) tooMany(c, blocked);
  const token = header.match(/^Bearer[ \t]{1,8}([\x21-\x7e]{1,200})$/i)?.[1];
  const actor = token ? await authenticateToken(db, token) : undefined;
  if (!actor) {
    const wait = limiters.bearerFailures.hit(address);
    if (wait > 0) tooMany(c, wait);
    throw new AppError('unauthorized', 'The bearer token is missing, unknown, expired or revoked.');
  }
  return actor;
}

/** The permission-table key of the route Hono matched ("POST /api/v1/campaigns/{id}/creators"). */
function matchedRouteKey(c: Context<AppEnv>): string | undefined {
  const route = matchedRoutes(c).find(
    (r) => r.method !== 'ALL' && r.path.startsWith('/api/v1/') && !r.path.endsWith('*'),
  );
  return route && routeKey(c.req.method === 'HEAD' ? 'GET' : c.req.method, route.path);
}

export function authorizeRoute(c: Context<AppEnv>, actor: Actor): void {
  const key = matchedRouteKey(c);
  if (!key) return; // no such route: the app answers 404
  const permission = ROUTE_PERMISSIONS[key];
  if (!permission)
    throw new AppError('forbidden', `${key} has no entry in the permission table, so it is refused to everyone.`);
  if (!actor.permissions.includes(permission)) {
    throw new AppError(
      'forbidden',
      `Your role (${actor.role})${actor.tokenId !== null && actor.via === 'token' ? " or this token's scopes" : ''} does not allow "${permission}".`,
    );
  }
}

export const requireActor: MiddlewareHandler<AppEnv> = async (c, next) => {
  const header = c.req.header('authorization');
  let actor: Actor | undefined;
  if (header) actor = await bearerActor(c, header);
  else {
    const sessionId = getCookie(c, SESSION_COOKIE);
    actor = sessionId ? await authenticateSession(c.get('deps').db, sessionId) : undefined;
    if (!actor)
      throw new AppError(
        'unauthorized',
        'Sign in first: send "Authorization: Bearer <token>" or open /login in a browser.',
      );
    if (
      !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) &&
      !isSameOrigin(c.req.header('origin'), c.req.header('host'))
    ) {
      throw new AppError('forbidden', 'Cross-origin write refused.');
    }
  }
  authorizeRoute(c, actor);
  c.set('actor', actor);
  await next();
  const key = matchedRouteKey(c);
  const action = key && AUDITED_ROUTES[key];
  if (action && c.res.status < 400) await recordAudit(c.get('deps').db, actor, action, c.req.path);
};

export function isSameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
