// One creator's relationship with the workspace: the summary row, its notes, tasks, contact details and timeline.
import { notFound } from '../../core/app-error.ts';
import type { DB } from '../../storage/connect.ts';
import { listRelationships } from '../../storage/relationships/list-relationships.ts';
import { contactEmails } from '../../storage/relationships/contact-emails.ts';
import { listOptOuts } from '../../storage/relationships/opt-outs.ts';
import { buildTimeline } from './build-timeline.ts';

export async function relationshipRow(db: DB, workspaceId: number, creatorId: number) {
  const row = (await listRelationships(db, workspaceId, { creatorId }))[0];
  if (!row) throw notFound(`A relationship with creator ${creatorId}`);
  return row;
}

/** Her addresses from the workspace's own layer and whether she opted out (for the whole workspace). */
async function contactOf(db: DB, workspaceId: number, creatorId: number) {
  const emails = await contactEmails(db, workspaceId, creatorId);
  const optOuts = await listOptOuts(
    db,
    workspaceId,
    creatorId,
    emails.map((e) => e.email),
  );
  return {
    emails,
    opted_out: optOuts.length > 0,
    opt_outs: optOuts,
  };
}

export async function getRelationship(db: DB, workspaceId: number, creatorId: number) {
  const row = await relationshipRow(db, workspaceId, creatorId);
  const notes = await db
    .selectFrom('relationship_notes')
    .select(['id', 'body', 'mentions', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .where('relationship_id', '=', row.id)
    .orderBy('id', 'desc')
    .execute();
  const tasks = await db
    .selectFrom('relationship_tasks')
    .select(['id', 'title', 'due_on', 'remind_at', 'assignee_user_id', 'done_at'])
    .where('workspace_id', '=', workspaceId)
    .where('relationship_id', '=', row.id)
    .orderBy('id')
    .execute();
  return {
    row,
    notes: notes.map((n) => ({
      id: Number(n.id),
      body: n.body,
      mentions: JSON.parse(n.mentions) as number[],
      created_at: n.created_at,
    })),
    tasks: tasks.map((t) => ({
      ...t,
      id: Number(t.id),
      assignee_user_id: t.assignee_user_id === null ? null : Number(t.assignee_user_id),
    })),
    contact: await contactOf(db, workspaceId, creatorId),
    timeline: await buildTimeline(db, workspaceId, row.id, creatorId),
  };
}
