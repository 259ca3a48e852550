// Creates a user with a role in a workspace (the first run in the browser and `microreach user create`).
// The first owner of a workspace adopts its user-less legacy tokens, which from then on act with the owner's role.
import { AppError } from '../../core/app-error.ts';
import type { Role } from '../../core/access/roles.ts';
import type { DB } from '../../storage/connect.ts';
import { recordAudit } from '../../storage/access/audit-events.ts';
import { findUserByEmail, insertUser, normalizeEmail, setMembership } from '../../storage/access/users.ts';
import { ensureWorkspace } from '../../storage/workspaces/workspaces.ts';
import { checkPasswordRules, hashPassword, verifyPassword } from './passwords.ts';

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/;
export const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

export function checkEmail(email: string): string {
  const clean = normalizeEmail(email);
  if (!EMAIL.test(clean) || !clean.slice(clean.indexOf('@') + 1).includes('.')) {
    throw new AppError('bad_request', `"${email}" is not an email address.`, [
      { path: 'email', message: 'not an email address' },
    ]);
  }
  return clean;
}

export interface NewUser {
  email: string;
  password: string;
  workspace: string;
  workspaceName?: string;
  role: Role;
}

export async function createUser(
  db: DB,
  input: NewUser,
): Promise<{ userId: number; workspaceId: number; created: boolean }> {
  const email = checkEmail(input.email);
  checkPasswordRules(input.password);
  if (!SLUG.test(input.workspace)) {
    throw new AppError(
      'bad_request',
      `The workspace must be a slug (lower-case letters, digits, hyphens), got "${input.workspace}".`,
      [{ path: 'workspace', message: 'not a slug' }],
    );
  }
  const passwordHash = await hashPassword(input.password);
  const existing = await findUserByEmail(db, email);
  if (existing && !(await verifyPassword(existing.password_hash, input.password))) {
    throw new AppError(
      'conflict',
      `A user ${email} exists already; give that user's password to add a workspace to it.`,
      [{ path: 'email', message: 'exists' }],
    );
  }
  return db.transaction().execute(async (trx) => {
    const workspace = await ensureWorkspace(trx, input.workspace, { name: input.workspaceName });
    const userId = existing?.id ?? (await insertUser(trx, { email, passwordHash }));
    await setMembership(trx, workspace.id, userId, input.role);
    if (input.role === 'owner') {
      await trx
        .updateTable('api_tokens')
        .set({ user_id: userId })
        .where('workspace_id', '=', workspace.id)
        .where('user_id', 'is', null)
        .execute();
    }
    await recordAudit(trx, { workspaceId: workspace.id, userId, label: email }, 'member.added', email, {
      role: input.role,
    });
    return { userId, workspaceId: workspace.id, created: !existing };
  });
}
