// Resolves the actor of a request: a bearer token (API, scripts) or the session cookie (browser).
// Cookie-authenticated writes must come from our own origin (CSRF defence on top of SameSite=Lax).
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { AppError } from '../core/app-error.ts';
import { authenticateSession, authenticateToken } from '../services/access/authenticate.ts';
import type { AppEnv } from './context.ts';

export const SESSION_COOKIE = 'mr_session';

export const requireActor: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { db } = c.get('deps');
  const header = c.req.header('authorization');
  if (header) {
    const token = header.match(/^Bearer\s+(\S+)$/i)?.[1];
    const actor = token ? await authenticateToken(db, token) : undefined;
    if (!actor) throw new AppError('unauthorized', 'The bearer token is missing, unknown or revoked.');
    c.set('actor', actor);
    return next();
  }
  const sessionId = getCookie(c, SESSION_COOKIE);
  const actor = sessionId ? await authenticateSession(db, sessionId) : undefined;
  if (!actor) throw new AppError('unauthorized', 'Sign in first: send "Authorization: Bearer <token>" or open /login in a browser.');
  if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) && !isSameOrigin(c.req.header('origin'), c.req.header('host'))) {
    throw new AppError('forbidden', 'Cross-origin write refused.');
  }
  c.set('actor', actor);
  return next();
};

export function isSameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
