// The creator a sender address belongs to in this workspace: the one enrolled in one of its sequences
// with that address (the most recent enrollment when several are). Unknown senders are null.
import type { DB } from '../../connect.ts';

export interface SenderMatch {
  creatorId: number;
  enrollmentId: number;
}

export async function findCreatorByEmail(db: DB, workspaceId: number, email: string): Promise<SenderMatch | null> {
  const row = await db
    .selectFrom('sequence_enrollments')
    .select(['id', 'creator_id'])
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
    .orderBy('enrolled_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { creatorId: Number(row.creator_id), enrollmentId: Number(row.id) } : null;
}
