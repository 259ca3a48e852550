import type { Insertable, Kysely } from 'kysely';
import { precompiled } from '../../storage/precompiled-query.ts';
import { attributeOrder } from '../../core/attribution/attribute-order.ts';
import type { AttributionResult } from '../../core/attribution/types.ts';
import type { AttributionsTable, Database, Order } from '../../storage/schema.ts';
import { type EnrollmentTerms, loadAttributionInput } from './load-attribution-input.ts';
import { emitEvent } from '../webhooks/emit-event.ts';

/**
 * Attributes a stored order once and stores the rule, evidence and flags (an existing attribution is
 * kept). Also gives the credited enrollment's terms (rate, creator, campaign, hold; null when unattributed).
 */
export async function attributeStoredOrder(
  db: Kysely<Database>,
  order: Order,
  now: string,
): Promise<{ result: AttributionResult; terms: EnrollmentTerms | null }> {
  const loaded = await loadAttributionInput(db, order);
  const result = attributeOrder(loaded.input);
  const inserted = await insertAttribution(db, {
    order_id: order.id,
    workspace_id: order.workspace_id,
    campaign_id: result.campaignId,
    enrollment_id: result.enrollmentId,
    rule: result.rule,
    evidence: JSON.stringify(result.evidence),
    flags: JSON.stringify(result.flags),
    is_repeat: result.isRepeat ? 1 : 0,
    is_new_customer: result.isNewCustomer === null ? null : result.isNewCustomer ? 1 : 0,
    attributed_at: now,
  });
  if (result.enrollmentId !== null && Number(inserted.numAffectedRows ?? 0) > 0)
    await emitEvent(
      db,
      order.workspace_id,
      'order.attributed',
      {
        order: { id: order.id, external_id: order.external_id, name: order.name, placed_at: order.placed_at },
        campaign_id: result.campaignId,
        enrollment_id: result.enrollmentId,
        rule: result.rule,
        flags: result.flags,
        currency: order.currency,
        subtotal_minor: order.subtotal_minor,
      },
      new Date(now),
    );
  return {
    result,
    terms: result.enrollmentId === null ? null : (loaded.terms.get(result.enrollmentId) ?? null),
  };
}

/** Compiled once: every new order runs it. */
const insertAttribution = precompiled(
  (db, row: Insertable<AttributionsTable>) =>
    db
      .insertInto('attributions')
      .values(row)
      .onConflict((oc) => oc.column('order_id').doNothing()),
  { prepare: true },
);
