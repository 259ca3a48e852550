// The optional second factor: a secret sealed at rest, enabled once the user proves a first code.
import { randomBytes } from 'node:crypto';
import type { Config } from '../../config.ts';
import { AppError } from '../../core/app-error.ts';
import { base32Decode, base32Encode, totpUri, verifyTotp } from '../../core/access/totp.ts';
import { open, seal } from '../../core/crypto/secret-box.ts';
import type { DB } from '../../storage/connect.ts';
import type { User } from '../../storage/schema.ts';
import { getUser } from '../../storage/access/users.ts';
import { loadSecretKey } from '../secrets/load-secret-key.ts';

const label = (userId: number) => `totp:${userId}`;

export function checkTotpCode(config: Config, user: Pick<User, 'id' | 'totp_secret'>, code: string): boolean {
  if (!user.totp_secret) return false;
  const secret = base32Decode(open(loadSecretKey(config), user.totp_secret, label(user.id)));
  return verifyTotp(secret, code, Math.floor(Date.now() / 1000));
}

/** Starts enrolment: a new secret (not active until confirmed), as base32 and as an otpauth URI. */
export async function startTotp(db: DB, config: Config, userId: number): Promise<{ secret: string; uri: string }> {
  const user = await getUser(db, userId);
  if (user.totp_enabled === 1)
    throw new AppError('conflict', 'Two-factor sign-in is already on; turn it off first to change the device.');
  const secret = base32Encode(randomBytes(20));
  await db
    .updateTable('users')
    .set({ totp_secret: seal(loadSecretKey(config), secret, label(userId)) })
    .where('id', '=', userId)
    .execute();
  return { secret, uri: totpUri(secret, user.email) };
}

export async function confirmTotp(db: DB, config: Config, userId: number, code: string): Promise<void> {
  const user = await getUser(db, userId);
  if (!user.totp_secret) throw new AppError('bad_request', 'Start the two-factor set-up first.');
  if (!checkTotpCode(config, user, code))
    throw new AppError('bad_request', 'That code is wrong or expired.', [{ path: 'code', message: 'wrong' }]);
  await db.updateTable('users').set({ totp_enabled: 1 }).where('id', '=', userId).execute();
}

/** Turning it off needs a current code, so a stolen session alone cannot remove the factor. */
export async function disableTotp(db: DB, config: Config, userId: number, code: string): Promise<void> {
  const user = await getUser(db, userId);
  if (user.totp_enabled !== 1) return;
  if (!checkTotpCode(config, user, code))
    throw new AppError('bad_request', 'That code is wrong or expired.', [{ path: 'code', message: 'wrong' }]);
  await db.updateTable('users').set({ totp_enabled: 0, totp_secret: null }).where('id', '=', userId).execute();
}
