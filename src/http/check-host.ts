// Refuses requests addressed to a host name this installation does not answer to (the configured
// public origin, or localhost for a loopback bind). A page on an attacker's domain that re-resolves
// to 127.0.0.1 (DNS rebinding) sends its own name as Host, so it never reaches a local install.
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../core/app-error.ts';
import type { AppEnv } from './context.ts';

export const checkHost: MiddlewareHandler<AppEnv> = async (c, next) => {
  // Liveness probes address the server by its IP; /health reveals nothing a rebinding page could use.
  if (c.req.path === '/health' && c.req.method === 'GET') return next();
  const allowed = c.get('deps').config.allowedHostnames;
  // The Node adapter builds the request URL from the Host header, so its hostname is the Host's.
  const hostname = new URL(c.req.url).hostname.toLowerCase();
  if (!allowed.includes(hostname)) {
    const use = allowed.join(' or ');
    throw new AppError('forbidden', `This installation does not answer to the host "${hostname}". Use ${use}.`);
  }
  return next();
};
