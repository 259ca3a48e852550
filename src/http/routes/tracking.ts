// Public tracking endpoints: the tracked link, the storefront snippet and its checkout report.
import { Hono } from 'hono';
import { z } from 'zod';
import { recordCheckoutClick } from '../../services/tracking/record-checkout-click.ts';
import { resolveRedirect } from '../../services/tracking/resolve-redirect.ts';
import type { AppEnv } from '../context.ts';
import { snippetJs } from '../snippet/snippet-js.ts';

export const checkoutReportSchema = z.object({
  w: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
  cid: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  token: z.string().min(1).max(200),
});

export const trackingRoutes = new Hono<AppEnv>()
  .get('/r/:key', async (c) => {
    const runtime = c.get('runtime');
    const decision = await resolveRedirect(runtime.links, runtime.clicks, c.req.param('key'), {
      method: c.req.method,
      userAgent: c.req.header('user-agent'),
      cookie: c.req.header('cookie'),
      referrer: c.req.header('referer'),
      secure: new URL(c.req.url).protocol === 'https:',
    });
    if (decision.status === 404) return c.text('Unknown link', 404);
    await decision.written;
    if (decision.setCookie) c.header('set-cookie', decision.setCookie);
    c.header('cache-control', 'no-store');
    return c.redirect(decision.location, 302);
  })
  .get('/snippet.js', (c) => {
    const workspace = c.req.query('w') ?? '';
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(workspace))
      return c.text('// add ?w=<workspace slug> to the snippet URL', 400);
    c.header('content-type', 'application/javascript; charset=utf-8');
    c.header('cache-control', 'public, max-age=300');
    c.header('cross-origin-resource-policy', 'cross-origin');
    return c.body(snippetJs(new URL(c.req.url).origin, workspace));
  })
  .post('/t/checkout', async (c) => {
    // sendBeacon posts text/plain, so the JSON is read from the raw text.
    const parsed = checkoutReportSchema.safeParse(safeJson(await c.req.text()));
    c.header('access-control-allow-origin', '*');
    // The snippet reports from the store's pages: its beacon's answer is a cross-origin resource.
    c.header('cross-origin-resource-policy', 'cross-origin');
    if (!parsed.success) return c.body(null, 400);
    const { db } = c.get('deps');
    const ok = await recordCheckoutClick(
      db,
      c.get('runtime').clicks,
      parsed.data.w,
      parsed.data.cid,
      parsed.data.token,
    );
    return c.body(null, ok ? 204 : 404);
  });

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
