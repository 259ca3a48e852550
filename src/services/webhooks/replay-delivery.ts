// Re-processes a stored delivery (after a fix, or once a missing order arrived). Only deliveries whose
// signature was good and whose body is whole are replayed; the outcome and attempts are updated.
import { AppError, notFound } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import type { DeliveryOutcome } from '../../storage/schema.ts';
import { parseDelivery } from './parse-delivery.ts';
import { processAction } from './process-action.ts';

export async function replayDelivery(
  db: DB,
  deliveryId: number,
  workspaceId?: number,
): Promise<{ outcome: DeliveryOutcome; error: string | null; orderId: number | null }> {
  let query = db.selectFrom('webhook_deliveries').selectAll().where('id', '=', deliveryId);
  if (workspaceId !== undefined) query = query.where('workspace_id', '=', workspaceId);
  const delivery = await query.executeTakeFirst();
  if (!delivery) throw notFound(`Webhook delivery ${deliveryId}`);
  if (delivery.signature_ok !== 1)
    throw new AppError('forbidden', `Delivery ${deliveryId} failed its signature check; it is never processed`);
  if (delivery.body_truncated === 1)
    throw new AppError(
      'unprocessable',
      `Delivery ${deliveryId} was stored truncated, or reduced after the retention period, and cannot be replayed`,
    );
  const started = Date.now();
  const action = parseDelivery(delivery.platform, delivery.topic, delivery.body);
  let outcome: DeliveryOutcome =
    action.kind === 'invalid' ? 'invalid' : action.kind === 'ignore' ? 'ignored' : 'processed';
  let error: string | null = action.kind === 'invalid' || action.kind === 'ignore' ? action.reason : null;
  let orderId: number | null = null;
  const trx = await db.startTransaction().execute();
  try {
    const now = new Date().toISOString();
    if (outcome === 'processed') {
      const sp = await trx.savepoint('replay').execute();
      try {
        const result = await processAction(sp, delivery.workspace_id, delivery.platform, action, now);
        await sp.releaseSavepoint('replay').execute();
        orderId = result.orderId;
        if (result.waitingFor !== undefined) {
          outcome = 'pending';
          error = `order ${result.waitingFor} is not stored yet; applied when it arrives`;
        }
      } catch (e) {
        await sp.rollbackToSavepoint('replay').execute();
        outcome = 'failed';
        error = (e as Error).message;
      }
    }
    await trx
      .updateTable('webhook_deliveries')
      .set({
        outcome,
        error,
        order_id: orderId,
        processed_at: now,
        duration_ms: Date.now() - started,
        attempts: delivery.attempts + 1,
      })
      .where('id', '=', deliveryId)
      .execute();
    await trx.commit().execute();
  } catch (e) {
    await trx.rollback().execute();
    throw e;
  }
  return { outcome, error, orderId };
}
