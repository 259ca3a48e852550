// Password reset by link (shown to an admin or printed by the CLI until mail exists): valid 1 hour, used
// once; a reset ends every session of the user.
import { AppError } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import { checkPasswordRules, hashPassword } from './passwords.ts';
import { hashSecret, newSecret } from './secret-hash.ts';

export async function createPasswordReset(db: DB, userId: number): Promise<{ path: string; expiresAt: string }> {
  const secret = newSecret('mrp');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + 3_600_000).toISOString();
  await db
    .insertInto('password_resets')
    .values({ token_hash: hashSecret(secret), user_id: userId, created_at: now.toISOString(), expires_at: expiresAt })
    .execute();
  return { path: `/reset/${secret}`, expiresAt };
}

export const findOpenReset = (db: DB, secret: string) =>
  db
    .selectFrom('password_resets')
    .innerJoin('users', 'users.id', 'password_resets.user_id')
    .select(['password_resets.user_id', 'users.email'])
    .where('token_hash', '=', hashSecret(secret))
    .where('used_at', 'is', null)
    .where('expires_at', '>', new Date().toISOString())
    .executeTakeFirst();

export async function resetPassword(db: DB, secret: string, password: string): Promise<{ userId: number }> {
  checkPasswordRules(password);
  const reset = await findOpenReset(db, secret);
  if (!reset)
    throw new AppError('not_found', 'This reset link is unknown, used or expired. Ask an admin for a new one.');
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const used = await trx
      .updateTable('password_resets')
      .set({ used_at: new Date().toISOString() })
      .where('token_hash', '=', hashSecret(secret))
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) === 0) throw new AppError('conflict', 'This reset link was just used.');
    await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', reset.user_id).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', reset.user_id).execute();
  });
  return { userId: reset.user_id };
}
