import type { listWebhookEndpoints } from '../storage/webhooks/list-webhook-endpoints.ts';

type EndpointRow = Awaited<ReturnType<typeof listWebhookEndpoints>>[number];

export const presentEndpoint = (e: EndpointRow) => ({
  id: Number(e.id),
  url: e.url,
  description: e.description,
  events: JSON.parse(e.events) as string[],
  disabled_at: e.disabled_at,
  disabled_reason: e.disabled_reason,
  previous_secret_signs_until: e.previous_secret_until,
  created_at: e.created_at,
});
