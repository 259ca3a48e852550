// Stores a mailbox whose secrets are already sealed. Adding the same address twice updates the first
// (a new app password, new limits) instead of making a second mailbox.
import type { DB } from '../connect.ts';
import type { MailboxesTable } from '../schema.ts';
import type { Insertable } from 'kysely';

export type NewMailbox = Omit<Insertable<MailboxesTable>, 'id'>;

export async function upsertMailbox(db: DB, m: NewMailbox): Promise<{ id: number; created: boolean }> {
  const existing = await db
    .selectFrom('mailboxes')
    .select('id')
    .where('workspace_id', '=', m.workspace_id)
    .where('from_address', '=', m.from_address)
    .executeTakeFirst();
  if (existing) {
    const { created_at: _created, first_send_on: _first, ...changes } = m;
    await db.updateTable('mailboxes').set(changes).where('id', '=', existing.id).execute();
    return { id: Number(existing.id), created: false };
  }
  const row = await db.insertInto('mailboxes').values(m).returning('id').executeTakeFirstOrThrow();
  return { id: Number(row.id), created: true };
}
