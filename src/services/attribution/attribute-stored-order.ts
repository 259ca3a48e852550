import type { Kysely } from 'kysely';
import { attributeOrder } from '../../core/attribution/attribute-order.ts';
import type { AttributionResult } from '../../core/attribution/types.ts';
import type { Database, Order } from '../../storage/schema.ts';
import { loadAttributionInput } from './load-attribution-input.ts';

/** Attributes a stored order once and stores the rule, evidence and flags (an existing attribution is kept). */
export async function attributeStoredOrder(db: Kysely<Database>, order: Order, now: string): Promise<AttributionResult> {
  const result = attributeOrder(await loadAttributionInput(db, order));
  await db.insertInto('attributions').values({
    order_id: order.id, workspace_id: order.workspace_id, campaign_id: result.campaignId, enrollment_id: result.enrollmentId,
    rule: result.rule, evidence: JSON.stringify(result.evidence), flags: JSON.stringify(result.flags),
    is_repeat: result.isRepeat ? 1 : 0, is_new_customer: result.isNewCustomer === null ? null : result.isNewCustomer ? 1 : 0,
    attributed_at: now,
  }).onConflict((oc) => oc.column('order_id').doNothing()).execute();
  return result;
}
