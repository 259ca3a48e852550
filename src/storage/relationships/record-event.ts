// Appends one timeline event of a relationship (in the caller's transaction).
import type { TimelineKind } from '../../core/relationships/timeline.ts';
import type { DB } from '../connect.ts';

export interface EventInput {
  workspaceId: number;
  relationshipId: number;
  kind: TimelineKind;
  actorUserId: number | null;
  details?: object;
  at?: string;
}

export async function recordEvent(db: DB, e: EventInput): Promise<void> {
  await db
    .insertInto('relationship_events')
    .values({
      workspace_id: e.workspaceId,
      relationship_id: e.relationshipId,
      kind: e.kind,
      actor_user_id: e.actorUserId,
      details: JSON.stringify(e.details ?? {}),
      at: e.at ?? new Date().toISOString(),
    })
    .execute();
}
