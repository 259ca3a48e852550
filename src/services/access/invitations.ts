// Invitations by link: the link holds a secret (only its hash is stored), valid 7 days, used once.
import { AppError } from '../../core/app-error.ts';
import type { Role } from '../../core/access/roles.ts';
import type { DB } from '../../storage/connect.ts';
import { recordAudit, type AuditWho } from '../../storage/access/audit-events.ts';
import { findUserByEmail, insertUser, setMembership } from '../../storage/access/users.ts';
import { checkEmail } from './create-user.ts';
import { checkPasswordRules, hashPassword, verifyPassword } from './passwords.ts';
import { hashSecret, newSecret } from './secret-hash.ts';

const DAYS = 7;

export async function createInvitation(
  db: DB,
  who: AuditWho & { userId: number | null },
  emailText: string,
  role: Role,
) {
  const email = checkEmail(emailText);
  const member = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select('memberships.role')
    .where('memberships.workspace_id', '=', who.workspaceId)
    .where('users.email', '=', email)
    .executeTakeFirst();
  // Accepting would silently change an existing member's role (even the last owner's): refuse here.
  if (member)
    throw new AppError(
      'conflict',
      `${email} is already a member (${member.role}); change the role in the members list instead.`,
      [{ path: 'email', message: 'already a member' }],
    );
  const secret = newSecret('mri');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + DAYS * 86_400_000).toISOString();
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('invitations')
      .values({
        workspace_id: who.workspaceId,
        email,
        role,
        token_hash: hashSecret(secret),
        invited_by: who.userId,
        created_at: now.toISOString(),
        expires_at: expiresAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, who, 'invitation.created', email, { role });
    return Number(row.id);
  });
  return { id, email, role, expiresAt, path: `/invite/${secret}` };
}

/** The open invitation a link stands for, or undefined (unknown, used, revoked or expired). */
export async function findOpenInvitation(db: DB, secret: string) {
  return db
    .selectFrom('invitations')
    .innerJoin('workspaces', 'workspaces.id', 'invitations.workspace_id')
    .select([
      'invitations.id',
      'invitations.workspace_id',
      'invitations.email',
      'invitations.role',
      'workspaces.name as workspace_name',
    ])
    .where('token_hash', '=', hashSecret(secret))
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', new Date().toISOString())
    .executeTakeFirst();
}

/** Accepts: a new user sets a password; an existing user proves theirs. Returns the member's user id. */
export async function acceptInvitation(
  db: DB,
  secret: string,
  password: string,
): Promise<{ userId: number; workspaceId: number }> {
  const invitation = await findOpenInvitation(db, secret);
  if (!invitation)
    throw new AppError('not_found', 'This invitation link is unknown, used, revoked or expired. Ask for a new one.');
  const existing = await findUserByEmail(db, invitation.email);
  if (existing) {
    if (!(await verifyPassword(existing.password_hash, password)))
      throw new AppError('unauthorized', `Enter the password of ${invitation.email}.`, [
        { path: 'password', message: 'wrong' },
      ]);
  } else checkPasswordRules(password);
  const passwordHash = existing ? null : await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable('invitations')
      .set({ accepted_at: new Date().toISOString() })
      .where('id', '=', invitation.id)
      .where('accepted_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) === 0) throw new AppError('conflict', 'This invitation was just used.');
    const userId = existing?.id ?? (await insertUser(trx, { email: invitation.email, passwordHash: passwordHash! }));
    await setMembership(trx, invitation.workspace_id, userId, invitation.role as Role);
    await recordAudit(
      trx,
      { workspaceId: invitation.workspace_id, userId, label: invitation.email },
      'invitation.accepted',
      invitation.email,
      { role: invitation.role },
    );
    return { userId, workspaceId: invitation.workspace_id };
  });
}
