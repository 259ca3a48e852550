// The outgoing webhooks API (see operations.ts).
import type { z } from 'zod';
import { idParam } from '../schemas/common.ts';
import {
  createdEndpointSchema,
  createEndpointBody,
  endpointListSchema,
  replayedSchema,
  rotatedSecretSchema,
  sendListSchema,
  testEventSchema,
} from '../schemas/webhook-endpoints.ts';
import type { Operation } from './operation.ts';

const ok = (description: string, schema: z.ZodType) => ({ description, schema });
const tag = 'Outgoing webhooks';

export const WEBHOOK_ENDPOINT_OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/v1/webhook-endpoints',
    tag,
    auth: 'session',
    summary: "The workspace's outgoing webhook endpoints and the event catalogue",
    responses: { 200: ok('Endpoints (never their secrets)', endpointListSchema) },
  },
  {
    method: 'post',
    path: '/api/v1/webhook-endpoints',
    tag,
    auth: 'session',
    summary: 'Add an endpoint; the answer holds its signing secret, shown only once',
    description:
      'Messages follow Standard Webhooks: headers webhook-id, webhook-timestamp, webhook-signature (v1,<base64 HMAC-SHA256 of id.timestamp.body>).',
    body: { schema: createEndpointBody, contentType: 'application/json' },
    responses: { 201: ok('The endpoint and its secret', createdEndpointSchema) },
  },
  {
    method: 'post',
    path: '/api/v1/webhook-endpoints/{id}/rotate',
    tag,
    auth: 'session',
    summary: 'A new signing secret; the previous one keeps signing next to it for 24 hours',
    params: idParam,
    responses: { 200: ok('The new secret, shown only once', rotatedSecretSchema) },
  },
  {
    method: 'post',
    path: '/api/v1/webhook-endpoints/{id}/test',
    tag,
    auth: 'session',
    summary: 'Send a webhook.test event to this endpoint',
    params: idParam,
    responses: { 200: ok('The event and its send', testEventSchema) },
  },
  {
    method: 'get',
    path: '/api/v1/webhook-endpoints/{id}/deliveries',
    tag,
    auth: 'session',
    summary: 'The delivery log of an endpoint (newest first, 100)',
    params: idParam,
    responses: { 200: ok('Sends with their attempts, status and latency', sendListSchema) },
  },
  {
    method: 'post',
    path: '/api/v1/webhook-endpoints/deliveries/{id}/replay',
    tag,
    auth: 'session',
    summary: 'Send a delivered or failed message again (same webhook-id)',
    params: idParam,
    responses: { 200: ok('The new send', replayedSchema) },
  },
];
