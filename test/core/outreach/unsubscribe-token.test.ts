import { describe, expect, it } from 'vitest';
import { signUnsubscribeToken, verifyUnsubscribeToken } from '../../../src/core/outreach/unsubscribe-token.ts';

const key = Buffer.alloc(32, 7);
const subject = { workspaceId: 3, creatorId: 42, email: 'mia@creators.test' };

describe('unsubscribe tokens', () => {
  it('round-trip through a URL path segment', () => {
    const token = signUnsubscribeToken(key, subject);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(verifyUnsubscribeToken(key, token)).toEqual(subject);
  });

  it('store the address in lower case', () => {
    const token = signUnsubscribeToken(key, { ...subject, email: 'Mia@Creators.TEST' });
    expect(verifyUnsubscribeToken(key, token)?.email).toBe('mia@creators.test');
  });

  it.each([
    ['another key', (t: string) => t, Buffer.alloc(32, 8)],
    [
      'an edited body',
      (t: string) => `${Buffer.from('[3,43,"mia@creators.test"]').toString('base64url')}.${t.split('.')[1]}`,
      key,
    ],
    ['a truncated signature', (t: string) => t.slice(0, -2), key],
    ['no signature', (t: string) => t.split('.')[0] ?? '', key],
    ['an extra part', (t: string) => `${t}.x`, key],
    ['garbage', () => 'not-a-token', key],
  ])('refuse %s', (_name, edit, verifyKey) => {
    expect(verifyUnsubscribeToken(verifyKey, edit(signUnsubscribeToken(key, subject)))).toBeNull();
  });
});
