// GET|HEAD /r/<key>: where to send the visitor, and whether this is a counted click. Shared by the
// raw node:http fast path (start-server.ts) and the Hono route, so both behave the same.
import { randomUUID } from 'node:crypto';
import { isBotUserAgent } from '../../core/tracking/bot-user-agents.ts';
import type { ClickRecorder } from './click-recorder.ts';
import type { CachedLink, LinkCache } from './link-cache.ts';

export const VISITOR_COOKIE = 'mr_vid';
const VISITOR_MAX_AGE = 365 * 86_400;
const VISITOR_ID = /(?:^|;\s*)mr_vid=([A-Za-z0-9_-]{16,64})(?:;|$)/;

export interface RedirectRequest {
  method: string;
  userAgent: string | undefined;
  cookie: string | undefined;
  referrer: string | undefined;
  secure: boolean;
}

export type RedirectDecision =
  | { status: 302; location: string; setCookie: string | undefined; counted: boolean; written?: Promise<void> }
  | { status: 404 };

export function decideRedirect(
  link: CachedLink | null,
  req: RedirectRequest,
  clicks: ClickRecorder,
  now = new Date(),
): RedirectDecision {
  if (!link) return { status: 404 };
  // HEAD requests, crawlers and link previews follow the link but are not clicks (no mr_cid, no cookie).
  if (req.method === 'HEAD' || isBotUserAgent(req.userAgent)) {
    return { status: 302, location: link.withoutClick, setCookie: undefined, counted: false };
  }
  let visitorId = req.cookie ? VISITOR_ID.exec(req.cookie)?.[1] : undefined;
  let setCookie: string | undefined;
  if (!visitorId) {
    visitorId = randomUUID().replaceAll('-', '');
    setCookie = `${VISITOR_COOKIE}=${visitorId}; Max-Age=${VISITOR_MAX_AGE}; Path=/; HttpOnly; SameSite=Lax${req.secure ? '; Secure' : ''}`;
  }
  const { clickId, counted, written } = clicks.record(link, visitorId, now, req.referrer ?? null);
  // `written`: the click's commit, which the answer waits for (an answered click is a stored click).
  return { status: 302, location: `${link.prefix}${clickId}${link.suffix}`, setCookie, counted, written };
}

/** Resolves the link (from the cache) and decides; a promise only on a cache miss. */
export async function resolveRedirect(
  links: LinkCache,
  clicks: ClickRecorder,
  key: string,
  req: RedirectRequest,
): Promise<RedirectDecision> {
  return decideRedirect(await links.get(key), req, clicks);
}
