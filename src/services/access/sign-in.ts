// Email + password (+ TOTP code when the user enabled it) → the user and the workspace to open.
import type { Config } from '../../config.ts';
import { AppError } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import { findUserByEmail, listUserWorkspaces } from '../../storage/access/users.ts';
import { decoyHash, verifyPassword } from './passwords.ts';
import { checkTotpCode } from './totp.ts';

export interface SignInResult {
  userId: number;
  email: string;
  workspaceId: number;
}

const refused = () => new AppError('unauthorized', 'Wrong email or password.');

export async function signIn(
  db: DB,
  config: Config,
  email: string,
  password: string,
  code: string | undefined,
): Promise<SignInResult> {
  const user = await findUserByEmail(db, email);
  if (!user) {
    await verifyPassword(await decoyHash(), password);
    throw refused();
  }
  if (!(await verifyPassword(user.password_hash, password))) throw refused();
  if (user.totp_enabled === 1) {
    if (!code)
      throw new AppError('unauthorized', 'Enter the 6-digit code of your authenticator app.', [
        { path: 'code', message: 'required' },
      ]);
    if (!checkTotpCode(config, user, code))
      throw new AppError('unauthorized', 'That code is wrong or expired.', [{ path: 'code', message: 'wrong' }]);
  }
  const workspaces = await listUserWorkspaces(db, user.id);
  const first = workspaces[0];
  if (!first)
    throw new AppError('forbidden', 'This account belongs to no workspace any more; ask an admin to invite you again.');
  return { userId: user.id, email: user.email, workspaceId: first.id };
}
