import type { Insertable } from 'kysely';
import type { DB } from '../connect.ts';
import type { TermsResponsesTable } from '../schema.ts';

export async function insertTermsResponse(db: DB, row: Insertable<TermsResponsesTable>): Promise<number> {
  const { id } = await db.insertInto('terms_responses').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(id);
}

/** Every answer on one deal, oldest first. */
export const listTermsResponses = (db: DB, workspaceId: number, enrollmentId: number) =>
  db
    .selectFrom('terms_responses')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('enrollment_id', '=', enrollmentId)
    .orderBy('id')
    .execute();
