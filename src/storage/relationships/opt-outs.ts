// Contact opt-outs of a workspace: "do not contact this creator". An opt-out holds for the whole workspace
// (every mailbox, every sequence, every address of hers), so it is keyed by creator, not by email.
// Outreach asks isOptedOut before each send and records the opt-outs it receives (link, reply).
import type { DB } from '../connect.ts';

export interface OptOutInput {
  workspaceId: number;
  creatorId: number;
  /** The address the opt-out came from, when known (evidence; not the key). */
  email: string | null;
  reason: string;
  /** "manual", "link", "reply"… */
  source: string;
  at?: string;
}

export interface OptOut {
  id: number;
  creator_id: number;
  email: string | null;
  reason: string;
  source: string;
  created_at: string;
}

export async function isOptedOut(db: DB, workspaceId: number, creatorId: number): Promise<boolean> {
  const row = await db
    .selectFrom('contact_opt_outs')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('creator_id', '=', creatorId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Records an opt-out; the same one again (same creator, address and source) is not stored twice, so a
 * repeated unsubscribe click or a re-read reply is harmless. `created` says whether a row was added.
 */
export async function recordOptOut(db: DB, input: OptOutInput): Promise<{ created: boolean }> {
  const email = input.email?.trim().toLowerCase() || null;
  let same = db
    .selectFrom('contact_opt_outs')
    .select('id')
    .where('workspace_id', '=', input.workspaceId)
    .where('creator_id', '=', input.creatorId)
    .where('source', '=', input.source);
  same = email === null ? same.where('email', 'is', null) : same.where('email', '=', email);
  if (await same.executeTakeFirst()) return { created: false };
  await db
    .insertInto('contact_opt_outs')
    .values({
      workspace_id: input.workspaceId,
      creator_id: input.creatorId,
      email,
      reason: input.reason,
      source: input.source,
      created_at: input.at ?? new Date().toISOString(),
    })
    .execute();
  return { created: true };
}

/** A creator's opt-outs in the workspace, oldest first (the timeline and the panel show them). */
export async function listOptOuts(db: DB, workspaceId: number, creatorId: number): Promise<OptOut[]> {
  const rows = await db
    .selectFrom('contact_opt_outs')
    .select(['id', 'creator_id', 'email', 'reason', 'source', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .where('creator_id', '=', creatorId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), creator_id: Number(r.creator_id) }));
}
