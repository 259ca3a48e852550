// The absolute URL of a path on this server, as the browser reached it (for links to hand over).
import type { Context } from 'hono';
import { isHttps } from './client-address.ts';
import type { AppEnv } from './context.ts';

export function publicUrl(c: Context<AppEnv>, path: string): string {
  const forwardedHost = c.get('deps').config.trustProxy ? c.req.header('x-forwarded-host') : undefined;
  const host = forwardedHost ?? c.req.header('host') ?? new URL(c.req.url).host;
  return `${isHttps(c) ? 'https' : 'http'}://${host}${path}`;
}
