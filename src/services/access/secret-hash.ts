import { createHash, randomBytes } from 'node:crypto';

/** A new random secret with a recognisable prefix, e.g. "mr_…". */
export const newSecret = (prefix: string) => `${prefix}_${randomBytes(32).toString('base64url')}`;

/** Tokens and session ids are stored only as SHA-256 hashes; lookups are by hash. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
