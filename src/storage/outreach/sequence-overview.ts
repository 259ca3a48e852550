// Reads for the outreach pages: every sequence of a workspace with its step count and enrollments per
// status, and one sequence's enrollments with who each creator is.
import type { DB } from '../connect.ts';

export async function listSequenceSummaries(db: DB, workspaceId: number) {
  const sequences = await db
    .selectFrom('sequences')
    .select(['id', 'name', 'status', 'campaign_id', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('id', 'desc')
    .execute();
  const steps = await db
    .selectFrom('sequence_steps')
    .select((eb) => ['sequence_id', eb.fn.countAll<number>().as('n')])
    .where('workspace_id', '=', workspaceId)
    .groupBy('sequence_id')
    .execute();
  const counts = await db
    .selectFrom('sequence_enrollments')
    .select((eb) => ['sequence_id', 'status', eb.fn.countAll<number>().as('n')])
    .where('workspace_id', '=', workspaceId)
    .groupBy(['sequence_id', 'status'])
    .execute();
  return sequences.map((s) => {
    const id = Number(s.id);
    const enrollments: Record<string, number> = {};
    for (const c of counts) if (Number(c.sequence_id) === id) enrollments[c.status] = Number(c.n);
    return {
      id,
      name: s.name,
      status: s.status,
      campaign_id: s.campaign_id === null ? null : Number(s.campaign_id),
      steps: Number(steps.find((x) => Number(x.sequence_id) === id)?.n ?? 0),
      enrollments,
      created_at: s.created_at,
    };
  });
}

export async function listSequenceEnrollments(db: DB, workspaceId: number, sequenceId: number) {
  const rows = await db
    .selectFrom('sequence_enrollments as e')
    .innerJoin('creators as c', 'c.id', 'e.creator_id')
    .leftJoin('accounts as a', 'a.id', 'e.account_id')
    .leftJoin('workspace_creator_data as w', (j) =>
      j.onRef('w.creator_id', '=', 'e.creator_id').onRef('w.workspace_id', '=', 'e.workspace_id'),
    )
    .select([
      'e.id',
      'e.creator_id',
      'a.platform',
      'a.handle',
      'w.display_name as ws_name',
      'c.display_name',
      'e.email',
      'e.status',
      'e.next_position',
      'e.next_due_at',
      'e.stop_reason',
      'e.enrolled_at',
    ])
    .where('e.workspace_id', '=', workspaceId)
    .where('e.sequence_id', '=', sequenceId)
    .orderBy('e.id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    creator_id: Number(r.creator_id),
    creator: r.platform && r.handle ? `${r.platform}:${r.handle}` : `creator ${r.creator_id}`,
    name: r.ws_name ?? r.display_name,
    email: r.email,
    status: r.status,
    next_position: r.next_position === null ? null : Number(r.next_position),
    next_due_at: r.next_due_at,
    stop_reason: r.stop_reason,
    enrolled_at: r.enrolled_at,
  }));
}
