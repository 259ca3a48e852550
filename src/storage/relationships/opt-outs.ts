// Workspace-wide opt-outs: once a creator (or one of her addresses) opts out, no mailbox or sequence of
// the workspace writes to her again. Recording one twice keeps the first.
import type { DB } from '../connect.ts';

export interface OptOutInput {
  workspaceId: number;
  creatorId: number | null;
  email: string | null;
  source: 'link' | 'reply' | 'manual' | 'bounce';
  reason?: string | null;
  now: string;
}

export async function recordOptOut(db: DB, o: OptOutInput): Promise<boolean> {
  if (await isOptedOut(db, o.workspaceId, o.creatorId, o.email)) return false;
  await db
    .insertInto('contact_opt_outs')
    .values({
      workspace_id: o.workspaceId,
      creator_id: o.creatorId,
      email: o.email?.toLowerCase() ?? null,
      source: o.source,
      reason: o.reason ?? null,
      created_at: o.now,
    })
    .execute();
  return true;
}

/** True when the creator, or the address, opted out of this workspace. */
export async function isOptedOut(
  db: DB,
  workspaceId: number,
  creatorId: number | null,
  email?: string | null,
): Promise<boolean> {
  if (creatorId === null && !email) return false;
  const row = await db
    .selectFrom('contact_opt_outs')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where((eb) => {
      const ors = [];
      if (creatorId !== null) ors.push(eb('creator_id', '=', creatorId));
      if (email) ors.push(eb('email', '=', email.toLowerCase()));
      return eb.or(ors);
    })
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
