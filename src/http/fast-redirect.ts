// /r/<key> answered straight from node:http, before the Hono app: the hottest path skips building a
// Fetch Request/Response per redirect. It shares resolve-redirect.ts with the Hono route, so both
// give the same answer; anything else falls through to the app.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Runtime } from '../services/server-caches-and-buffers.ts';
import { decideRedirect, type RedirectDecision } from '../services/tracking/resolve-redirect.ts';

const KEY = /^\/r\/([A-Za-z0-9_-]{1,64})\/?(?:\?.*)?$/;

/** Handles the request when it is a tracked link; returns false to let the app answer. */
export function fastRedirect(runtime: Runtime, req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url;
  if (
    !url ||
    url.charCodeAt(1) !== 114 /* r */ ||
    url.charCodeAt(2) !== 47 /* / */ ||
    (req.method !== 'GET' && req.method !== 'HEAD')
  )
    return false;
  const key = KEY.exec(url)?.[1];
  if (!key) return false;
  const secure =
    (req.socket as { encrypted?: boolean }).encrypted === true || req.headers['x-forwarded-proto'] === 'https';
  const request = {
    method: req.method,
    userAgent: req.headers['user-agent'],
    cookie: req.headers.cookie,
    referrer: req.headers.referer,
    secure,
  };
  const cached = runtime.links.get(key);
  if (cached instanceof Promise) {
    cached.then(
      (link) => send(res, decideRedirect(link, request, runtime.clicks)),
      (error: unknown) => {
        runtime.log(`[redirect] ${key} failed: ${(error as Error).message}`);
        res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal error');
      },
    );
  } else {
    send(res, decideRedirect(cached, request, runtime.clicks));
  }
  return true;
}

function send(res: ServerResponse, decision: RedirectDecision): void {
  if (decision.status === 302 && decision.written) {
    const { written, ...rest } = decision;
    void written.then(() => send(res, rest));
    return;
  }
  if (decision.status === 404) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'content-length': '12' }).end('Unknown link');
    return;
  }
  const headers: Record<string, string> = {
    location: decision.location,
    'cache-control': 'no-store',
    'content-length': '0',
    'referrer-policy': 'no-referrer-when-downgrade',
  };
  if (decision.setCookie) headers['set-cookie'] = decision.setCookie;
  res.writeHead(302, headers).end();
}
