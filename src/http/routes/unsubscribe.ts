// The unsubscribe link of every outreach email, /u/:token (RFC 8058). GET shows a small page with one
// button (a link scanner that follows URLs must not opt anyone out); POST opts out at once: the button,
// or a mail client's one-click POST with the body `List-Unsubscribe=One-Click`. No sign-in: the token,
// checked before anything is looked up, is the authority; a bad one gets 400 and no reason.
import { Hono, type Context } from 'hono';
import { verifyUnsubscribeToken } from '../../core/outreach/unsubscribe-token.ts';
import { AttemptLimiter } from '../../services/access/attempt-limiter.ts';
import { optOutByLink } from '../../services/outreach/inbound/opt-out-by-link.ts';
import { stopEnrollments } from '../../services/outreach/stop-enrollments.ts';
import { clientAddress } from '../client-address.ts';
import type { AppEnv } from '../context.ts';
import { unsubscribeDonePage, unsubscribeInvalidPage, unsubscribePage } from '../pages/unsubscribe-pages.ts';

/** Per address, like sign-in: enough for a person or a mail provider, not for guessing tokens. */
export const UNSUBSCRIBE_RULE = { limit: 30, windowMs: 60_000 };
const limiters = new WeakMap<object, AttemptLimiter>();

function limited(c: Context<AppEnv>): Response | null {
  const deps = c.get('deps');
  let limiter = limiters.get(deps);
  if (!limiter) limiters.set(deps, (limiter = new AttemptLimiter(UNSUBSCRIBE_RULE)));
  const wait = limiter.hit(clientAddress(c));
  if (wait === 0) return null;
  c.header('Retry-After', String(wait));
  return c.text('Too many requests.', 429);
}

function subjectOf(c: Context<AppEnv>) {
  return verifyUnsubscribeToken(c.get('runtime').secretKey(), c.req.param('token') ?? '');
}

export const unsubscribeRoutes = new Hono<AppEnv>()
  .get('/u/:token', (c) => {
    const refused = limited(c);
    if (refused) return refused;
    c.header('cache-control', 'no-store');
    if (!subjectOf(c)) return c.html(unsubscribeInvalidPage(), 400);
    return c.html(unsubscribePage(c.req.path));
  })
  .post('/u/:token', async (c) => {
    const refused = limited(c);
    if (refused) return refused;
    c.header('cache-control', 'no-store');
    const subject = subjectOf(c);
    if (!subject) return c.html(unsubscribeInvalidPage(), 400);
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    if (form['List-Unsubscribe'] !== 'One-Click')
      return c.text('Expected the form field List-Unsubscribe=One-Click (RFC 8058).', 400);
    await optOutByLink(c.get('deps').db, { stopEnrollments }, subject, new Date().toISOString());
    return c.html(unsubscribeDonePage());
  });
