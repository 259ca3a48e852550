// The HTTP application: JSON API under /api/v1 (bearer token or session) with its OpenAPI document
// and reference (/api/openapi.json, /api/docs), the web app (dist/web) and sign-in pages, health, and
// the public tracking (/r/:key, /snippet.js, /t/checkout) and webhook (/webhooks/*) endpoints.
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from '../core/app-error.ts';
import { requireActor } from './authenticate.ts';
import type { AppEnv, AppOptions } from './context.ts';
import { engineHolder } from '../discovery/engine-holder.ts';
import { handleError } from './handle-error.ts';
import { createRuntime } from '../services/runtime.ts';
import { briefRoutes } from './routes/briefs.ts';
import { campaignRoutes } from './routes/campaigns.ts';
import { creatorRoutes } from './routes/creators.ts';
import { discoverRoutes } from './routes/discover.ts';
import { healthRoutes } from './routes/health.ts';
import { orderRoutes } from './routes/orders.ts';
import { pageRoutes } from './routes/pages.ts';
import { trackingRoutes } from './routes/tracking.ts';
import { deliveryRoutes } from './routes/webhook-deliveries.ts';
import { webhookRoutes } from './routes/webhooks.ts';
import { apiDocRoutes } from './routes/api-docs.ts';
import { importRoutes } from './routes/imports.ts';
import { lookalikeRoutes } from './routes/discover.ts';
import { meRoutes } from './routes/me.ts';
import { webAppRoutes } from './routes/web-app.ts';

/** Where `npm run build:web` puts the single-page app (dist/web at the package root). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

export function createApp(options: AppOptions) {
  const deps = { ...options, discovery: options.discovery ?? engineHolder(options.db) };
  const app = new Hono<AppEnv>();
  const runtime = deps.runtime ?? createRuntime(deps);
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('runtime', runtime);
    await next();
  });
  app.use('*', secureHeaders({
    // Not "no-referrer": with it a browser sends "Origin: null" on same-origin form posts, and the
    // Origin check of sign-in and cookie writes would refuse the app's own forms.
    referrerPolicy: 'same-origin',
    contentSecurityPolicy: {
      defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'], frameAncestors: ["'none'"],
    },
  }));
  app.onError(handleError);
  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) return handleError(new AppError('not_found', `No route ${c.req.method} ${c.req.path}`), c);
    return c.text('Not found', 404);
  });

  app.route('/health', healthRoutes);
  app.route('/', trackingRoutes);
  app.route('/webhooks', webhookRoutes);
  app.route('/api', apiDocRoutes);
  app.use('/api/v1/*', requireActor);
  app.route('/api/v1/me', meRoutes);
  app.route('/api/v1/creators', creatorRoutes);
  app.route('/api/v1/discover', discoverRoutes);
  app.route('/api/v1/lookalikes', lookalikeRoutes);
  app.route('/api/v1/briefs', briefRoutes);
  app.route('/api/v1/imports', importRoutes);
  app.route('/api/v1/campaigns', campaignRoutes);
  app.route('/api/v1/orders', orderRoutes);
  app.route('/api/v1/webhook-deliveries', deliveryRoutes);
  app.route('/', pageRoutes);
  app.route('/', webAppRoutes(options.webRoot ?? DEFAULT_WEB_ROOT));
  return app;
}

export type App = ReturnType<typeof createApp>;
