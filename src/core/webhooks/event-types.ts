// The catalogue of outgoing webhook events. Areas emit them with services/webhooks/emit-event.ts;
// `webhook.test` is sent only by "send test event" to one endpoint.
export const WEBHOOK_EVENT_TYPES = [
  'order.attributed',
  'order.refunded',
  'deal.updated',
  'relationship.stage_changed',
  'content.posted',
  'content.rule_failed',
  'payout.paid',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number] | 'webhook.test';

export const isWebhookEventType = (value: string): value is WebhookEventType =>
  value === 'webhook.test' || (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);

/** Whether an endpoint subscribed to `events` ([] = all) receives `type`; a test event goes to the endpoint asked. */
export const endpointWants = (events: readonly string[], type: string): boolean =>
  events.length === 0 || events.includes(type);
