// /api/v1/payouts: batches prepared by the finance role (everything payable), reviewed line by line,
// exported as a payment file, then marked paid (payout entries in the ledger); returned lines go back
// to payable with the provider's reason.
import { Hono, type Context } from 'hono';
import { notFound } from '../../core/app-error.ts';
import { presentPayoutBatch } from '../../presenters/present-payouts.ts';
import { exportPayoutBatch } from '../../services/payouts/export-payout-batch.ts';
import { failPayoutLine } from '../../services/payouts/fail-payout-line.ts';
import { getPayoutBatch } from '../../services/payouts/get-payout-batch.ts';
import { markPayoutBatchPaid } from '../../services/payouts/mark-payout-batch-paid.ts';
import { preparePayoutBatch } from '../../services/payouts/prepare-payout-batch.ts';
import { reviewPayoutLine } from '../../services/payouts/review-payout-line.ts';
import { sendPayoutBatch } from '../../services/payouts/send-payout-batch.ts';
import { findPayoutLineBatch, listPayoutBatchIds } from '../../storage/payouts/payout-batch-rows.ts';
import type { AppEnv } from '../context.ts';
import { idParam } from '../schemas/common.ts';
import {
  excludeLineBody,
  exportQuery,
  failLineBody,
  markPaidBody,
  prepareBatchBody,
  sendBatchBody,
} from '../schemas/payouts.ts';
import { parseWith } from '../validate.ts';
import { clockOf } from './creator-ledger.ts';

const who = (c: Context<AppEnv>) => ({ workspaceId: c.get('actor').workspaceId, userId: c.get('actor').userId });
const pathId = (c: Context<AppEnv>) => parseWith(idParam, c.req.param(), 'path').id;
const batchAnswer = async (c: Context<AppEnv>, batchId: number, status: 200 | 201 = 200) =>
  c.json(presentPayoutBatch(await getPayoutBatch(c.get('deps').db, who(c).workspaceId, batchId)), status);

async function lineBatch(c: Context<AppEnv>, lineId: number): Promise<number> {
  const batchId = await findPayoutLineBatch(c.get('deps').db, who(c).workspaceId, lineId);
  if (batchId === undefined) throw notFound(`Payout line ${lineId}`);
  return batchId;
}

export const payoutRoutes = new Hono<AppEnv>()
  .get('/batches', async (c) => {
    const { db } = c.get('deps');
    const ids = await listPayoutBatchIds(db, who(c).workspaceId);
    const batches = await Promise.all(ids.map((id) => getPayoutBatch(db, who(c).workspaceId, id)));
    return c.json({ items: batches.map(presentPayoutBatch) });
  })
  .post('/batches', async (c) => {
    const body = parseWith(prepareBatchBody, await c.req.json(), 'batch');
    const { batchId } = await c
      .get('deps')
      .db.transaction()
      .execute((trx) =>
        preparePayoutBatch(trx, who(c), { asOf: body.as_of, minimumMinor: body.minimum_minor }, clockOf(c)),
      );
    return batchAnswer(c, batchId, 201);
  })
  .get('/batches/:id', async (c) => batchAnswer(c, pathId(c)))
  .get('/batches/:id/export.csv', async (c) => {
    const id = pathId(c);
    const q = parseWith(exportQuery, c.req.query(), 'query');
    const text = await exportPayoutBatch(
      c.get('deps').db,
      c.get('runtime').secretKey(),
      who(c).workspaceId,
      id,
      q.format,
      q.currency,
    );
    c.header('content-type', 'text/csv; charset=utf-8');
    c.header('content-disposition', `attachment; filename="payout-batch-${id}-${q.format}.csv"`);
    return c.body(text);
  })
  .post('/batches/:id/paid', async (c) => {
    const id = pathId(c);
    const { via } = parseWith(markPaidBody, await c.req.json(), 'paid');
    const { paidLines } = await c
      .get('deps')
      .db.transaction()
      .execute((trx) => markPayoutBatchPaid(trx, who(c), id, via, clockOf(c)));
    const batch = await getPayoutBatch(c.get('deps').db, who(c).workspaceId, id);
    return c.json({ batch: presentPayoutBatch(batch), paid_line_ids: paidLines.map((l) => l.id) });
  })
  .post('/batches/:id/send', async (c) => {
    const id = pathId(c);
    const { provider } = parseWith(sendBatchBody, await c.req.json(), 'send');
    const { db, config } = c.get('deps');
    const result = await sendPayoutBatch(
      db,
      { config, key: c.get('runtime').secretKey() },
      who(c),
      id,
      provider,
      clockOf(c),
    );
    const batch = await getPayoutBatch(db, who(c).workspaceId, id);
    return c.json({
      batch: presentPayoutBatch(batch),
      paid_line_ids: result.paidLines.map((l) => l.id),
      pending: result.pending.map((p) => ({ line_id: p.lineId, reason: p.reason })),
      failed: result.failed.map((p) => ({ line_id: p.lineId, reason: p.reason })),
    });
  })
  .post('/lines/:id/exclude', async (c) => {
    const lineId = pathId(c);
    const { reason } = parseWith(excludeLineBody, await c.req.json(), 'exclusion');
    const batchId = await lineBatch(c, lineId);
    await reviewPayoutLine(
      c.get('deps').db,
      who(c).workspaceId,
      batchId,
      lineId,
      { exclude: true, reason },
      clockOf(c),
    );
    return batchAnswer(c, batchId);
  })
  .post('/lines/:id/include', async (c) => {
    const lineId = pathId(c);
    const batchId = await lineBatch(c, lineId);
    await reviewPayoutLine(c.get('deps').db, who(c).workspaceId, batchId, lineId, { exclude: false }, clockOf(c));
    return batchAnswer(c, batchId);
  })
  .post('/lines/:id/fail', async (c) => {
    const lineId = pathId(c);
    const { reason } = parseWith(failLineBody, await c.req.json(), 'failure');
    const batchId = await lineBatch(c, lineId);
    await c
      .get('deps')
      .db.transaction()
      .execute((trx) => failPayoutLine(trx, who(c), batchId, lineId, reason, clockOf(c)));
    return batchAnswer(c, batchId);
  });
