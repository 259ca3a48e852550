// Role changes and removals, with the rules the table alone cannot say: only an owner makes or unmakes
// owners, and a workspace always keeps at least one owner.
import { AppError } from '../../core/app-error.ts';
import type { Role } from '../../core/access/roles.ts';
import type { DB } from '../../storage/connect.ts';
import { recordAudit } from '../../storage/access/audit-events.ts';
import { countOwners, findMembership, getUser } from '../../storage/access/users.ts';
import type { Actor } from './actor.ts';

async function guard(db: DB, actor: Actor, userId: number, next: Role | null) {
  const current = await findMembership(db, actor.workspaceId, userId);
  if (!current) throw new AppError('not_found', `User ${userId} is not a member of this workspace`);
  const touchesOwner = current.role === 'owner' || next === 'owner';
  if (touchesOwner && !actor.permissions.includes('workspace.ownership'))
    throw new AppError('forbidden', 'Only an owner can make or change an owner.');
  if (current.role === 'owner' && next !== 'owner' && (await countOwners(db, actor.workspaceId)) <= 1) {
    throw new AppError('conflict', 'A workspace keeps at least one owner: make someone else owner first.');
  }
  return current.role;
}

export async function changeRole(db: DB, actor: Actor, userId: number, role: Role): Promise<void> {
  const before = await guard(db, actor, userId, role);
  const user = await getUser(db, userId);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('memberships')
      .set({ role })
      .where('workspace_id', '=', actor.workspaceId)
      .where('user_id', '=', userId)
      .execute();
    await recordAudit(trx, actor, 'member.role_changed', user.email, { from: before, to: role });
  });
}

/** Removes a member: their sessions and tokens in this workspace end with the membership. */
export async function removeMember(db: DB, actor: Actor, userId: number): Promise<void> {
  await guard(db, actor, userId, null);
  const user = await getUser(db, userId);
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('memberships')
      .where('workspace_id', '=', actor.workspaceId)
      .where('user_id', '=', userId)
      .execute();
    await trx
      .deleteFrom('sessions')
      .where('workspace_id', '=', actor.workspaceId)
      .where('user_id', '=', userId)
      .execute();
    await trx
      .updateTable('api_tokens')
      .set({ revoked_at: new Date().toISOString() })
      .where('workspace_id', '=', actor.workspaceId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
    await recordAudit(trx, actor, 'member.removed', user.email);
  });
}
