// Records an outgoing webhook event once and a send to every enabled endpoint of the workspace that
// subscribed to its type, each send a durable job `webhook.deliver` (idempotency key = the send id).
// Call it inside the transaction that made the change, so a rolled-back change sends nothing.
// An event no endpoint wants is not recorded (eventId null): an attributed order on the webhook hot
// path then costs one read here, not an insert. The events table is the outbox of sends, not an audit
// log; an endpoint added later receives the events that happen after it.
import { randomBytes } from 'node:crypto';
import { endpointWants, type WebhookEventType } from '../../core/webhooks/event-types.ts';
import { webhookMaxAttempts } from '../../core/webhooks/retry-schedule.ts';
import type { DB } from '../../storage/connect.ts';
import { precompiled } from '../../storage/precompiled-query.ts';
import { enqueueJob } from '../../storage/jobs/enqueue-job.ts';

export const WEBHOOK_DELIVER_JOB = 'webhook.deliver';

export const newMessageId = () => `msg_${randomBytes(16).toString('hex')}`;

export async function emitEvent(
  db: DB,
  workspaceId: number,
  type: WebhookEventType,
  data: Record<string, unknown>,
  now: Date,
  options: { onlyEndpointId?: number } = {},
): Promise<{ eventId: number | null; sends: number[] }> {
  const only = options.onlyEndpointId;
  const endpoints =
    only === undefined
      ? (await subscribedEndpoints(db, workspaceId)).filter((e) => endpointWants(e.events, type))
      : await enabledEndpointsQuery(db, workspaceId).where('id', '=', only).execute();
  if (endpoints.length === 0) return { eventId: null, sends: [] };
  const at = now.toISOString();
  const messageId = newMessageId();
  const body = JSON.stringify({ type, timestamp: at, data });
  const event = await db
    .insertInto('webhook_events')
    .values({ workspace_id: workspaceId, message_id: messageId, type, body, created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  const eventId = Number(event.id);
  const sends: number[] = [];
  for (const endpoint of endpoints) sends.push(await queueSend(db, workspaceId, endpoint.id, eventId, now, null));
  return { eventId, sends };
}

const enabledEndpointsQuery = (db: DB, workspaceId: number) =>
  db
    .selectFrom('webhook_endpoints')
    .select(['id', 'events'])
    .where('workspace_id', '=', workspaceId)
    .where('disabled_at', 'is', null)
    .orderBy('id');

/** Compiled once: every attributed order asks it (the webhook hot path). */
const enabledEndpoints = precompiled((db, a: { ws: number }) => enabledEndpointsQuery(db, a.ws), { prepare: true });

type Subscribed = { id: number; events: string[] };

/** The enabled endpoints per workspace, read once for each transaction registered here. */
const readOncePerTransaction = new WeakMap<DB, Map<number, Promise<Subscribed[]>>>();

/**
 * From now on, in this transaction, each workspace's enabled endpoints are read once (at its first event)
 * instead of at every event. For a transaction that adds or changes no endpoint: the webhook delivery
 * writer's batch (an attributed order per delivery would otherwise cost a read each). Other processes (the
 * CLI, another instance) change endpoints in their own transactions: on SQLite the batch's snapshot would
 * not see such a change anyway; on Postgres a change committed during the batch applies from the next
 * batch, as if it had come a few milliseconds later. Under a savepoint (another Kysely object) events read
 * the endpoints themselves.
 */
export function readEndpointsOncePerWorkspace(trx: DB): void {
  readOncePerTransaction.set(trx, new Map());
}

function subscribedEndpoints(db: DB, workspaceId: number): Promise<Subscribed[]> {
  const read = async () =>
    (await enabledEndpoints(db, { ws: workspaceId })).rows.map((e) => ({
      id: e.id,
      events: JSON.parse(e.events) as string[],
    }));
  const memo = readOncePerTransaction.get(db);
  if (!memo) return read();
  let endpoints = memo.get(workspaceId);
  if (!endpoints) memo.set(workspaceId, (endpoints = read()));
  return endpoints;
}

/** One send of an event to an endpoint, and its delivery job. */
export async function queueSend(
  db: DB,
  workspaceId: number,
  endpointId: number,
  eventId: number,
  now: Date,
  replayOf: number | null,
): Promise<number> {
  const send = await db
    .insertInto('webhook_sends')
    .values({
      workspace_id: workspaceId,
      endpoint_id: endpointId,
      event_id: eventId,
      replay_of: replayOf,
      created_at: now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const sendId = Number(send.id);
  await enqueueJob(
    db,
    {
      kind: WEBHOOK_DELIVER_JOB,
      idempotencyKey: `webhook.deliver:${sendId}`,
      workspaceId,
      payload: { send_id: sendId },
      runAt: now.toISOString(),
      maxAttempts: webhookMaxAttempts(),
    },
    now.toISOString(),
  );
  return sendId;
}
