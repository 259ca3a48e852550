// Enrolls creators picked in the app (by creator id, or every member of a list) through the one enroll
// service `sequence enroll` uses; a creator id this workspace does not know is refused by name.
import type { DB } from '../../storage/connect.ts';
import { creatorsOfWorkspace } from '../../storage/outreach/creator-of-workspace.ts';
import { loadMergeContexts } from '../../storage/outreach/merge-context.ts';
import { loadSequence } from '../../storage/outreach/sequences.ts';
import { findList, listMembers } from '../../storage/relationships/creator-lists.ts';
import { notFound } from '../../core/app-error.ts';
import { type EnrollResult, enrollCreators } from './enroll-creators.ts';

export async function enrollSelection(
  db: DB,
  workspaceId: number,
  sequenceId: number,
  pick: { creatorIds?: number[]; listId?: number },
  o: { now: Date; mailboxId?: number },
): Promise<EnrollResult> {
  if (!(await loadSequence(db, workspaceId, sequenceId))) throw notFound(`Sequence ${sequenceId}`);
  const refs: string[] = [];
  const refused: EnrollResult['refused'] = [];
  if (pick.listId !== undefined) {
    await findList(db, workspaceId, pick.listId);
    for (const m of await listMembers(db, workspaceId, pick.listId)) refs.push(`${m.platform}:${m.handle}`);
  } else {
    const ids = [...new Set(pick.creatorIds ?? [])];
    const known = await creatorsOfWorkspace(db, workspaceId, ids);
    const contexts = await loadMergeContexts(db, workspaceId, [...known]);
    for (const id of ids) {
      const c = contexts.get(id);
      if (c?.platform && c.handle) refs.push(`${c.platform}:${c.handle}`);
      else refused.push({ creator: `creator ${id}`, reason: 'not a creator of this workspace' });
    }
  }
  const result =
    refs.length === 0
      ? { sequence_id: sequenceId, enrolled: [], already: [], refused: [] }
      : await enrollCreators(db, workspaceId, sequenceId, [...new Set(refs)], o);
  return { ...result, refused: [...refused, ...result.refused] };
}
