import { dealTermsSchema, type DealTerms } from '../../core/content/deal-terms.ts';
import { defaultTerms } from '../../core/content/default-terms.ts';
import type { DB } from '../connect.ts';

/** The deal's structured terms, or the ones derived from its deliverable labels when the brand wrote none. */
export async function loadDealTerms(
  db: DB,
  workspaceId: number,
  enrollmentId: number,
): Promise<{ terms: DealTerms; written: boolean }> {
  const row = await db
    .selectFrom('deal_terms')
    .select('terms')
    .where('workspace_id', '=', workspaceId)
    .where('enrollment_id', '=', enrollmentId)
    .executeTakeFirst();
  if (row) return { terms: dealTermsSchema.parse(JSON.parse(row.terms)), written: true };
  const e = await db
    .selectFrom('enrollments')
    .select('deliverables')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', enrollmentId)
    .executeTakeFirstOrThrow();
  return { terms: defaultTerms(JSON.parse(e.deliverables) as string[]), written: false };
}

export async function saveDealTerms(db: DB, workspaceId: number, enrollmentId: number, terms: DealTerms, now: string) {
  const json = JSON.stringify(terms);
  await db
    .insertInto('deal_terms')
    .values({ enrollment_id: enrollmentId, workspace_id: workspaceId, terms: json, updated_at: now })
    .onConflict((oc) => oc.column('enrollment_id').doUpdateSet({ terms: json, updated_at: now }))
    .execute();
}
