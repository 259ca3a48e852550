// THE table of permissions: every action a workspace member can take, and the roles allowed to take it.
// Routes never test roles; they name an action (route-permissions.ts) and ask `can`.
import type { Role } from './roles.ts';

const everyone: readonly Role[] = ['owner', 'admin', 'member', 'finance', 'viewer'];
const managers: readonly Role[] = ['owner', 'admin'];
const makers: readonly Role[] = ['owner', 'admin', 'member'];
const money: readonly Role[] = ['owner', 'admin', 'finance'];

export const PERMISSIONS = {
  'workspace.read': everyone,
  'workspace.settings': managers,
  'workspace.ownership': ['owner'],
  'creators.read': everyone,
  'creators.import': makers,
  'discover.run': everyone,
  'briefs.write': makers,
  'campaigns.read': everyone,
  'campaigns.write': makers,
  'orders.read': everyone,
  'relationships.read': everyone,
  'relationships.write': makers,
  'stores.manage': money,
  'webhooks.replay': money,
  'webhooks.manage': managers,
  'rates.manage': money,
  'ledger.read': money,
  'ledger.adjust': money,
  'payouts.manage': money,
  'members.read': everyone,
  'members.manage': managers,
  'tokens.own': everyone,
  'tokens.manage': managers,
  'audit.read': managers,
  'audit.export': managers,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;
export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

export const isPermission = (value: unknown): value is Permission => typeof value === 'string' && value in PERMISSIONS;

export const roleAllows = (role: Role, permission: Permission): boolean =>
  (PERMISSIONS[permission] as readonly Role[]).includes(role);

/** What a role may do, in table order. */
export const permissionsOf = (role: Role): Permission[] => ALL_PERMISSIONS.filter((p) => roleAllows(role, p));

/** Every caller may see who it acts for (GET /me), whatever a token's scopes say. */
const ALWAYS: Permission = 'workspace.read';

/**
 * What a caller may do: the role's permissions, narrowed to a token's scopes when the caller
 * authenticated with a scoped token (scopes can never widen a role).
 */
export function effectivePermissions(role: Role, scopes: readonly string[] | null): Permission[] {
  const own = permissionsOf(role);
  return scopes === null ? own : own.filter((p) => p === ALWAYS || scopes.includes(p));
}
