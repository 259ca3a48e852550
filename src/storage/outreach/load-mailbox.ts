// One mailbox of a workspace (another workspace's id finds nothing).
import type { Selectable } from 'kysely';
import type { DB } from '../connect.ts';
import type { MailboxesTable } from '../schema.ts';

export type MailboxRow = Selectable<MailboxesTable>;

export async function loadMailbox(db: DB, workspaceId: number, mailboxId: number): Promise<MailboxRow | undefined> {
  const row = await db
    .selectFrom('mailboxes')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', mailboxId)
    .executeTakeFirst();
  return row && { ...row, id: Number(row.id), workspace_id: Number(row.workspace_id) };
}

export async function listMailboxes(db: DB, workspaceId: number): Promise<MailboxRow[]> {
  const rows = await db
    .selectFrom('mailboxes')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, id: Number(row.id), workspace_id: Number(row.workspace_id) }));
}
