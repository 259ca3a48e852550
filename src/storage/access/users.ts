// Users and their memberships (one role per workspace).
import type { Role } from '../../core/access/roles.ts';
import type { DB } from '../connect.ts';
import type { User } from '../schema.ts';

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export const findUserByEmail = (db: DB, email: string): Promise<User | undefined> =>
  db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();

export const getUser = (db: DB, id: number): Promise<User> =>
  db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

export async function countUsers(db: DB): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertUser(
  db: DB,
  values: { email: string; passwordHash: string; name?: string | null },
): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      email: normalizeEmail(values.email),
      name: values.name ?? null,
      password_hash: values.passwordHash,
      created_at: new Date().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function setMembership(db: DB, workspaceId: number, userId: number, role: Role): Promise<void> {
  await db
    .insertInto('memberships')
    .values({ workspace_id: workspaceId, user_id: userId, role, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doUpdateSet({ role }))
    .execute();
}

export const findMembership = (db: DB, workspaceId: number, userId: number) =>
  db
    .selectFrom('memberships')
    .select(['role', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();

/** The workspaces a user belongs to, by name. */
export const listUserWorkspaces = (db: DB, userId: number) =>
  db
    .selectFrom('memberships')
    .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
    .select(['workspaces.id', 'workspaces.slug', 'workspaces.name', 'memberships.role'])
    .where('memberships.user_id', '=', userId)
    .orderBy('workspaces.name')
    .execute();

/** The members of a workspace, by email. */
export const listMembers = (db: DB, workspaceId: number) =>
  db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.totp_enabled',
      'memberships.role',
      'memberships.created_at',
    ])
    .where('memberships.workspace_id', '=', workspaceId)
    .orderBy('users.email')
    .execute();

export async function countOwners(db: DB, workspaceId: number): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The workspace's first owner (the earliest membership with role owner), if it has one. */
export async function findFirstOwner(db: DB, workspaceId: number): Promise<number | undefined> {
  const row = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'owner')
    .orderBy('created_at')
    .executeTakeFirst();
  return row?.user_id;
}
