// The HTTP application: JSON API under /api/v1 (bearer token or session) with its OpenAPI document
// and reference (/api/openapi.json, /api/docs), the web app (dist/web) and sign-in pages, health, and
// the public tracking (/r/:key, /snippet.js, /t/checkout), unsubscribe (/u/:token) and webhook (/webhooks/*) endpoints.
import { webhookEndpointRoutes } from './routes/webhook-endpoints.ts';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { AppError } from '../core/app-error.ts';
import { requireActor } from './authenticate.ts';
import { checkHost } from './check-host.ts';
import type { AppEnv, AppOptions } from './context.ts';
import { engineHolder } from '../search-index/engine-holder.ts';
import { handleError } from './handle-error.ts';
import { limitBodies } from './limit-bodies.ts';
import { createRuntime } from '../services/server-caches-and-buffers.ts';
import { createLimiters } from '../services/access/attempt-limiter.ts';
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
import { productDocRoutes } from './routes/product-docs.ts';
import { importRoutes } from './routes/imports.ts';
import { lookalikeRoutes } from './routes/discover.ts';
import { meRoutes } from './routes/me.ts';
import { auditCsvRoutes, auditRoutes } from './routes/audit.ts';
import { invitationRoutes, memberRoutes } from './routes/members.ts';
import { tokenRoutes } from './routes/tokens.ts';
import { accountRoutes } from './routes/accounts.ts';
import { workspaceRoutes } from './routes/workspace.ts';
import { webAppRoutes } from './routes/web-app.ts';
import { listRoutes } from './routes/lists.ts';
import { relationshipRoutes } from './routes/relationships.ts';
import { campaignSelectionRoutes } from './routes/campaign-selection.ts';
import { creatorLedgerRoutes } from './routes/creator-ledger.ts';
import { payoutRoutes } from './routes/payouts.ts';
import { payoutWebhookRoutes } from './routes/payout-webhooks.ts';
import { metaWebhookRoutes } from './routes/meta-webhooks.ts';
import { campaignContentRoutes, draftRoutes, portalLinkRoutes, proposalRoutes } from './routes/content.ts';
import { portalRoutes } from './routes/portal.ts';
import { oauthCallbackRoutes, portalConnectionRoutes } from './routes/portal-connections.ts';
import { campaignGiftRoutes, catalogRoutes } from './routes/seeding.ts';
import { contentFileRoutes } from './routes/content-files.ts';
import { unsubscribeRoutes } from './routes/unsubscribe.ts';
import { inboxRoutes } from './routes/inbox.ts';
import { mailboxRoutes } from './routes/mailboxes.ts';
import { outreachMessageRoutes } from './routes/outreach-messages.ts';
import { sequenceRoutes } from './routes/sequences.ts';

/** Where `npm run build:web` puts the single-page app (dist/web at the package root). */
const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

export function createApp(options: AppOptions) {
  const deps = {
    ...options,
    discovery: options.discovery ?? engineHolder(options.db),
    limiters: options.limiters ?? createLimiters(),
  };
  const app = new Hono<AppEnv>();
  const runtime = deps.runtime ?? createRuntime(deps);
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('runtime', runtime);
    await next();
  });
  app.use('*', limitBodies);
  app.use(
    '*',
    secureHeaders({
      // Not "no-referrer": with it a browser sends "Origin: null" on same-origin form posts, and the
      // Origin check of sign-in and cookie writes would refuse the app's own forms.
      referrerPolicy: 'same-origin',
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
      },
      // Set below instead: secureHeaders would overwrite the storefront snippet's cross-origin policy.
      crossOriginResourcePolicy: false,
      // A route's own stricter header wins (serve-hostile-file.ts: a sandbox CSP for files creators send).
      overwrite: false,
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    // Same-origin unless the route says otherwise (/snippet.js is loaded by the stores' pages).
    const corp = 'cross-origin-resource-policy';
    if (!c.res.headers.has(corp)) c.res.headers.set(corp, 'same-origin');
  });
  app.onError(handleError);
  app.use('*', checkHost);
  app.notFound((c) => {
    if (c.req.path.startsWith('/api/'))
      return handleError(new AppError('not_found', `No route ${c.req.method} ${c.req.path}`), c);
    return c.text('Not found', 404);
  });

  app.route('/health', healthRoutes);
  app.route('/', trackingRoutes);
  app.route('/', unsubscribeRoutes);
  app.route('/webhooks', webhookRoutes);
  app.route('/payout-webhooks', payoutWebhookRoutes);
  app.route('/meta-webhooks', metaWebhookRoutes);
  app.route('/api', apiDocRoutes);
  app.route('/docs', productDocRoutes);
  app.route('/p', portalRoutes);
  app.route('/p', portalConnectionRoutes);
  app.route('/oauth', oauthCallbackRoutes);
  app.use('/api/v1/*', requireActor);
  app.route('/api/v1/me', meRoutes);
  app.route('/api/v1/workspace', workspaceRoutes);
  app.route('/api/v1/creators', creatorRoutes);
  app.route('/api/v1/discover', discoverRoutes);
  app.route('/api/v1/lookalikes', lookalikeRoutes);
  app.route('/api/v1/briefs', briefRoutes);
  app.route('/api/v1/imports', importRoutes);
  app.route('/api/v1/campaigns', campaignSelectionRoutes);
  app.route('/api/v1/campaigns', campaignRoutes);
  app.route('/api/v1/campaigns', campaignContentRoutes);
  app.route('/api/v1/campaigns', campaignGiftRoutes);
  app.route('/api/v1/catalog', catalogRoutes);
  app.route('/api/v1/content', contentFileRoutes);
  app.route('/api/v1/portal-links', portalLinkRoutes);
  app.route('/api/v1/drafts', draftRoutes);
  app.route('/api/v1/proposals', proposalRoutes);
  app.route('/api/v1/orders', orderRoutes);
  app.route('/api/v1/webhook-deliveries', deliveryRoutes);
  app.route('/api/v1/members', memberRoutes);
  app.route('/api/v1/invitations', invitationRoutes);
  app.route('/api/v1/tokens', tokenRoutes);
  app.route('/api/v1/audit', auditRoutes);
  app.route('/api/v1/audit.csv', auditCsvRoutes);
  app.route('/api/v1/accounts', accountRoutes);
  app.route('/api/v1/lists', listRoutes);
  app.route('/api/v1/relationships', relationshipRoutes);
  app.route('/api/v1/creators', creatorLedgerRoutes);
  app.route('/api/v1/payouts', payoutRoutes);
  app.route('/api/v1/inbox', inboxRoutes);
  app.route('/api/v1/mailboxes', mailboxRoutes);
  app.route('/api/v1/sequences', sequenceRoutes);
  app.route('/api/v1/outreach/messages', outreachMessageRoutes);
  app.route('/api/v1/webhook-endpoints', webhookEndpointRoutes);
  app.route('/', pageRoutes);
  app.route('/', webAppRoutes(options.webRoot ?? DEFAULT_WEB_ROOT));
  return app;
}

export type App = ReturnType<typeof createApp>;
