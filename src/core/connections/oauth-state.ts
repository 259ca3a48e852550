// The OAuth `state` of a connection: 32 random bytes (base64url) handed to the provider and back. Only its SHA-256
// is stored (a database read gives nobody a usable state), and the PKCE code verifier is derived from it with the
// installation key, so no verifier is stored either: whoever lacks the key cannot compute it from a leaked state.
import { createHash, createHmac, randomBytes } from 'node:crypto';

/** Minutes a started connection may take before its state is refused. */
export const STATE_TTL_MINUTES = 10;

export const newOAuthState = (): string => randomBytes(32).toString('base64url');

export const stateDigest = (state: string): string => createHash('sha256').update(state).digest('hex');

/** A RFC 7636 code verifier (43 characters of base64url) bound to this state by the installation key. */
export const codeVerifierFor = (secretKey: Buffer, state: string): string =>
  createHmac('sha256', secretKey).update(`microreach oauth pkce v1\n${state}`).digest('base64url');

/** A state we issued has exactly this shape: anything else is refused before any lookup. */
export const isWellFormedState = (state: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(state);
