// What the portal says once after a form post or a return from a provider ("Your address is saved.", "nothing was
// connected"): the redirect sets a short cookie scoped to her link's path, and the next view of the page shows it
// and clears it. Not in the URL: a reload or a bookmark of "?done=…" would repeat a message that may no longer be
// true. The cookie holds only a key of a fixed list of words (read through Object.hasOwn by the page's route).
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from './context.ts';

const NAME = 'portal_notice';

export type PortalNotice = { done: string } | { connectError: string };

export function setPortalNotice(c: Context<AppEnv>, portalPath: string, notice: PortalNotice) {
  const value = 'done' in notice ? `done:${notice.done}` : `error:${notice.connectError}`;
  setCookie(c, NAME, value, { path: portalPath, httpOnly: true, sameSite: 'Lax', maxAge: 600 });
}

/** The notice waiting for this page view, if any, cleared so a reload does not show it again. */
export function takePortalNotice(c: Context<AppEnv>, portalPath: string): { done?: string; connectError?: string } {
  const value = getCookie(c, NAME);
  if (value === undefined) return {};
  deleteCookie(c, NAME, { path: portalPath });
  const [kind, key] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
  return kind === 'done' ? { done: key } : kind === 'error' ? { connectError: key } : {};
}
