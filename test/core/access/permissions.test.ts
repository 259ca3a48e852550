import { describe, expect, it } from 'vitest';
import {
  ALL_PERMISSIONS,
  effectivePermissions,
  permissionsOf,
  roleAllows,
  type Permission,
} from '../../../src/core/access/permissions.ts';
import { countAttempt, type RateWindow } from '../../../src/core/access/rate-limit.ts';
import { ROLES } from '../../../src/core/access/roles.ts';
import { slugify } from '../../../src/core/access/slugify.ts';

const READS: Permission[] = [
  'workspace.read',
  'creators.read',
  'discover.run',
  'campaigns.read',
  'orders.read',
  'members.read',
  'tokens.own',
  'relationships.read',
];

describe('the permission table (PRODUCT.md "Team and roles")', () => {
  it.each([
    ['owner', ALL_PERMISSIONS],
    ['admin', ALL_PERMISSIONS.filter((p) => p !== 'workspace.ownership')],
    ['member', [...READS, 'creators.import', 'campaigns.write', 'relationships.write', 'briefs.write']],
    [
      'finance',
      [...READS, 'stores.manage', 'webhooks.replay', 'rates.manage', 'ledger.read', 'ledger.adjust', 'payouts.manage'],
    ],
    ['viewer', READS],
  ] as const)('%s may do exactly its part', (role, expected) => {
    expect(new Set(permissionsOf(role))).toEqual(new Set(expected));
  });

  it('scopes only ever narrow a role (knowing who you act for is always allowed)', () => {
    for (const role of ROLES) {
      expect(effectivePermissions(role, null)).toEqual(permissionsOf(role));
      expect(effectivePermissions(role, ['campaigns.write', 'audit.read'])).toEqual(
        (['workspace.read', 'campaigns.write', 'audit.read'] as Permission[])
          .filter((p) => roleAllows(role, p))
          .sort((a, b) => ALL_PERMISSIONS.indexOf(a) - ALL_PERMISSIONS.indexOf(b)),
      );
      expect(effectivePermissions(role, [])).toEqual(['workspace.read']);
    }
  });
});

describe('rate limit window', () => {
  it('allows `limit` attempts per window, then says how long to wait', () => {
    let w: RateWindow | undefined;
    for (let i = 0; i < 3; i += 1) {
      const d = countAttempt(w, 1_000 + i, 3, 60_000);
      expect(d.allowed).toBe(true);
      w = d.window;
    }
    const refused = countAttempt(w, 31_000, 3, 60_000);
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: 30 });
    expect(countAttempt(refused.window, 61_000, 3, 60_000).allowed).toBe(true);
  });
});

describe('slugify', () => {
  it.each([
    ['Glow & Co.', 'glow-co'],
    ['  Zoë Skincare ', 'zoe-skincare'],
    ['!!!', 'workspace'],
    ['a'.repeat(80), 'a'.repeat(48)],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
