// Outgoing webhook endpoints and their delivery log (Standard Webhooks).
import { z } from 'zod';
import { WEBHOOK_EVENT_TYPES } from '../../core/webhooks/event-types.ts';

export const createEndpointBody = z
  .object({
    url: z.url({ protocol: /^https?$/ }).max(2000),
    events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).max(20).default([]).describe('event types; none = every event'),
    description: z.string().max(500).nullish(),
  })
  .strict();

export const endpointSchema = z.object({
  id: z.number(),
  url: z.string(),
  description: z.string().nullable(),
  events: z.array(z.string()),
  disabled_at: z.string().nullable(),
  disabled_reason: z.string().nullable(),
  previous_secret_signs_until: z.string().nullable(),
  created_at: z.string(),
});
export const endpointListSchema = z.object({ items: z.array(endpointSchema), event_types: z.array(z.string()) });
export const createdEndpointSchema = endpointSchema.extend({
  secret: z.string().describe('the signing secret (whsec_…), shown only now'),
});
export const rotatedSecretSchema = z.object({ secret: z.string(), previous_signs_until: z.string() });
export const testEventSchema = z.object({ event_id: z.number(), sends: z.array(z.number()) });
export const sendSchema = z.object({
  id: z.number(),
  endpoint_id: z.number(),
  message_id: z.string(),
  type: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number(),
  last_status_code: z.number().nullable(),
  last_error: z.string().nullable(),
  last_attempt_at: z.string().nullable(),
  delivered_at: z.string().nullable(),
  latency_ms: z.number().nullable(),
  replay_of: z.number().nullable(),
  created_at: z.string(),
});
export const sendListSchema = z.object({ items: z.array(sendSchema) });
export const replayedSchema = z.object({ send_id: z.number() });

export type EndpointListBody = z.infer<typeof endpointListSchema>;
export type SendListBody = z.infer<typeof sendListSchema>;
