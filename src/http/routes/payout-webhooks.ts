// /payout-webhooks/{stripe,paypal}: the providers' word on lines sent by API. The signature is checked on
// the raw body before anything else is read (Stripe: HMAC in constant time; PayPal: its verification API).
import { Hono } from 'hono';
import { verifyPayPalWebhook } from '../../connectors/payouts/paypal/verify-webhook.ts';
import { payPalItemEventSchema } from '../../connectors/payouts/paypal/paypal-event.ts';
import { stripeTransferEventSchema } from '../../connectors/payouts/stripe/stripe-event.ts';
import { verifyStripeSignature } from '../../connectors/payouts/stripe/verify-stripe-signature.ts';
import { applyPayPalEvent, applyStripeEvent } from '../../services/payouts/apply-provider-event.ts';
import type { AppEnv } from '../context.ts';
import { clockOf } from './creator-ledger.ts';

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

export const payoutWebhookRoutes = new Hono<AppEnv>()
  .post('/stripe', async (c) => {
    const { db, config } = c.get('deps');
    const body = await c.req.text();
    const secret = config.payouts.stripe.webhookSecret;
    const now = clockOf(c);
    if (
      !secret ||
      !verifyStripeSignature(secret, body, c.req.header('stripe-signature'), Math.floor(Date.parse(now) / 1000))
    )
      return c.json({ ok: false, error: 'bad signature' }, 401);
    const event = stripeTransferEventSchema.safeParse(parse(body));
    if (!event.success) {
      const isTransfer = /"object"\s*:\s*"transfer"/.test(body);
      return isTransfer
        ? c.json({ ok: false, error: `not a transfer event: ${event.error.issues[0]?.path.join('.')}` }, 400)
        : c.json({ ok: true, outcome: 'ignored' });
    }
    return c.json({ ok: true, outcome: await applyStripeEvent(db, event.data, now) });
  })
  .post('/paypal', async (c) => {
    const { db, config } = c.get('deps');
    const body = await c.req.text();
    const paypal = config.payouts.paypal;
    const event = parse(body);
    if (!paypal.clientId || !paypal.clientSecret || !paypal.webhookId || event === undefined)
      return c.json({ ok: false, error: 'bad signature' }, 401);
    const api = { apiUrl: paypal.apiUrl, clientId: paypal.clientId, clientSecret: paypal.clientSecret };
    if (!(await verifyPayPalWebhook(api, paypal.webhookId, (h) => c.req.header(h), event)))
      return c.json({ ok: false, error: 'bad signature' }, 401);
    const parsed = payPalItemEventSchema.safeParse(event);
    if (!parsed.success) return c.json({ ok: true, outcome: 'ignored' });
    return c.json({ ok: true, outcome: await applyPayPalEvent(db, parsed.data, clockOf(c)) });
  });
