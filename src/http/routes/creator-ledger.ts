// /api/v1/creators/{id}/…: a creator's statement (ledger entries and balances), manual adjustments,
// and her payout details (finance role; sealed at rest, masked in answers).
import { Hono, type Context } from 'hono';
import { presentPayoutDetails, presentStatement } from '../../presenters/present-payouts.ts';
import { recordAdjustment } from '../../services/ledger/record-adjustment.ts';
import { creatorStatement } from '../../services/ledger/creator-statement.ts';
import { loadPayoutDetails, savePayoutDetails } from '../../services/payouts/payout-details-store.ts';
import { notFound } from '../../core/app-error.ts';
import { findLedgerCreator } from '../../storage/ledger/find-ledger-creator.ts';
import type { AppEnv } from '../context.ts';
import { idParam } from '../schemas/common.ts';
import { adjustmentBody, payoutDetailsBody, statementQuery } from '../schemas/payouts.ts';
import { parseWith } from '../validate.ts';

const who = (c: Context<AppEnv>) => ({ workspaceId: c.get('actor').workspaceId, userId: c.get('actor').userId });
const creatorId = (c: Context<AppEnv>) => parseWith(idParam, c.req.param(), 'path').id;
export const clockOf = (c: Context<AppEnv>) => (c.get('deps').clock ?? (() => new Date().toISOString()))();

async function detailsAnswer(c: Context<AppEnv>, id: number) {
  const { db } = c.get('deps');
  if (!(await findLedgerCreator(db, who(c).workspaceId, id))) throw notFound(`Creator ${id}`);
  const found = await loadPayoutDetails(db, c.get('runtime').secretKey(), who(c).workspaceId, [id]);
  return c.json(presentPayoutDetails(id, found.get(id)));
}

export const creatorLedgerRoutes = new Hono<AppEnv>()
  .get('/:id/statement', async (c) => {
    const q = parseWith(statementQuery, c.req.query(), 'query');
    const statement = await creatorStatement(c.get('deps').db, who(c).workspaceId, creatorId(c), {
      campaignId: q.campaign,
      asOf: q.as_of ?? clockOf(c),
    });
    return c.json(presentStatement(statement));
  })
  .post('/:id/adjustments', async (c) => {
    const id = creatorId(c);
    const body = parseWith(adjustmentBody, await c.req.json(), 'adjustment');
    const key = c.req.header('idempotency-key');
    const result = await recordAdjustment(
      c.get('deps').db,
      who(c),
      {
        creatorId: id,
        amountMinor: body.amount_minor,
        currency: body.currency,
        reason: body.reason,
        campaignId: body.campaign_id,
        idempotencyKey: key,
      },
      clockOf(c),
    );
    return c.json({ transaction_id: result.transactionId, repeated: result.repeated }, result.repeated ? 200 : 201);
  })
  .get('/:id/payout-details', async (c) => detailsAnswer(c, creatorId(c)))
  .post('/:id/payout-details', async (c) => {
    const id = creatorId(c);
    const details = parseWith(payoutDetailsBody, await c.req.json(), 'payout details');
    await savePayoutDetails(c.get('deps').db, c.get('runtime').secretKey(), who(c), id, details, clockOf(c));
    return detailsAnswer(c, id);
  });
