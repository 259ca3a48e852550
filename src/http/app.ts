// The HTTP application: JSON API under /api/v1 (bearer token or session), pages, health, and the
// public tracking (/r/:key, /snippet.js, /t/checkout) and webhook (/webhooks/*) endpoints.
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from '../core/app-error.ts';
import { requireActor } from './authenticate.ts';
import type { AppEnv, AppOptions } from './context.ts';
import { engineHolder } from '../discovery/engine-holder.ts';
import { handleError } from './handle-error.ts';
import { createRuntime } from '../services/runtime.ts';
import { campaignRoutes } from './routes/campaigns.ts';
import { creatorRoutes } from './routes/creators.ts';
import { discoverRoutes } from './routes/discover.ts';
import { healthRoutes } from './routes/health.ts';
import { orderRoutes } from './routes/orders.ts';
import { pageRoutes } from './routes/pages.ts';
import { trackingRoutes } from './routes/tracking.ts';
import { deliveryRoutes } from './routes/webhook-deliveries.ts';
import { webhookRoutes } from './routes/webhooks.ts';

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
  app.use('/api/v1/*', requireActor);
  app.route('/api/v1/creators', creatorRoutes);
  app.route('/api/v1/discover', discoverRoutes);
  app.route('/api/v1/campaigns', campaignRoutes);
  app.route('/api/v1/orders', orderRoutes);
  app.route('/api/v1/webhook-deliveries', deliveryRoutes);
  app.route('/', pageRoutes);
  return app;
}

export type App = ReturnType<typeof createApp>;
