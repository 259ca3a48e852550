// Passwords are hashed with argon2id (@node-rs/argon2, OWASP's recommended parameters: 19 MiB, t=2, p=1).
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../core/app-error.ts';

const ARGON2ID = 2; // Algorithm.Argon2id (a const enum, which isolated modules cannot import)

export const MIN_PASSWORD_LENGTH = 10;

export function checkPasswordRules(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError('bad_request', `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`, [
      { path: 'password', message: 'too short' },
    ]);
  }
  if (password.length > 1024)
    throw new AppError('bad_request', 'The password is too long (1024 characters at most).', [
      { path: 'password', message: 'too long' },
    ]);
}

export const hashPassword = (password: string) =>
  hash(password, { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 });

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the email is unknown, so the answer takes as long either way. */
let decoy: Promise<string> | undefined;
export const decoyHash = () => (decoy ??= hashPassword('decoy password never used'));
