// The pure rules of connected accounts: when a token is renewed, the state's shape and the PKCE verifier derived
// from it, and Instagram's token answer put in RFC 6749 form for oauth4webapi.
import { createHash } from 'node:crypto';
import * as oauth from 'oauth4webapi';
import { describe, expect, it } from 'vitest';
import { adaptInstagramTokenResponse } from '../../../src/connectors/instagram/instagram-login.ts';
import { codeVerifierFor, isWellFormedState, newOAuthState } from '../../../src/core/connections/oauth-state.ts';
import { needsRefresh, refreshDueAt } from '../../../src/core/connections/refresh-schedule.ts';

const ISSUED = '2026-12-01T00:00:00.000Z';

describe('refreshDueAt', () => {
  it.each([
    ['60-day Instagram token: a week before expiry', '2027-01-30T00:00:00.000Z', '2027-01-23T00:00:00.000Z'],
    ['1-hour Google token: 5 minutes before expiry', '2026-12-01T01:00:00.000Z', '2026-12-01T00:55:00.000Z'],
    ['a 4-minute token: half its life', '2026-12-01T00:04:00.000Z', '2026-12-01T00:02:00.000Z'],
  ])('%s', (_label, expires, due) => {
    expect(refreshDueAt(expires, ISSUED)).toBe(due);
  });

  it('never for a token that does not expire; on use once due', () => {
    expect(refreshDueAt(null, ISSUED)).toBeNull();
    expect(needsRefresh('2026-12-01T01:00:00.000Z', ISSUED, new Date('2026-12-01T00:54:59Z'))).toBe(false);
    expect(needsRefresh('2026-12-01T01:00:00.000Z', ISSUED, new Date('2026-12-01T00:55:00Z'))).toBe(true);
  });
});

describe('OAuth state and PKCE verifier', () => {
  const key = Buffer.alloc(32, 7);

  it('a fresh state is well formed; anything else is refused before a lookup', () => {
    const state = newOAuthState();
    expect(isWellFormedState(state)).toBe(true);
    expect(newOAuthState()).not.toBe(state);
    for (const bad of ['', 'short', `${state}x`, `${state.slice(0, 42)}=`]) expect(isWellFormedState(bad)).toBe(false);
  });

  it('derives an RFC 7636 verifier bound to the state and the key, whose S256 challenge oauth4webapi computes', async () => {
    const state = newOAuthState();
    const verifier = codeVerifierFor(key, state);
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(codeVerifierFor(key, state)).toBe(verifier);
    expect(codeVerifierFor(Buffer.alloc(32, 8), state)).not.toBe(verifier);
    expect(await oauth.calculatePKCECodeChallenge(verifier)).toBe(
      createHash('sha256').update(verifier).digest('base64url'),
    );
  });
});

describe('adaptInstagramTokenResponse', () => {
  it('unwraps data[0], adds the bearer token_type and names the permissions as scope', () => {
    expect(adaptInstagramTokenResponse({ data: [{ access_token: 'T', user_id: '1', permissions: 'a,b' }] })).toEqual({
      token_type: 'bearer',
      access_token: 'T',
      user_id: '1',
      permissions: 'a,b',
      scope: 'a,b',
    });
    expect(adaptInstagramTokenResponse({ access_token: 'T', user_id: 1, permissions: ['a', 'b'] })).toMatchObject({
      token_type: 'bearer',
      scope: 'a,b',
    });
  });

  it('turns Instagram’s error body into an RFC 6749 error', () => {
    expect(
      adaptInstagramTokenResponse({
        error_type: 'OAuthException',
        code: 400,
        error_message: 'Matching code was not found',
      }),
    ).toEqual({ error: 'OAuthException', error_description: 'Matching code was not found' });
  });
});
