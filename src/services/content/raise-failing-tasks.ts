// A post that fails a rule of its deliverable raises one task for the owner of the creator's relationship (once per
// post: content_posts.task_id remembers it), with the failing rules and their reasons in the title.
import type { DB } from '../../storage/connect.ts';
import { setContentTask } from '../../storage/content/content-posts.ts';
import { recordEvent } from '../../storage/relationships/record-event.ts';
import { ensureRelationship } from '../relationships/ensure-relationship.ts';
import { emitEvent } from '../webhooks/emit-event.ts';
import { loadCampaignContent } from './load-campaign-content.ts';

const ALREADY_RAISED = new Error('the task of this post was raised by another request');

export async function raiseFailingTasks(db: DB, workspaceId: number, campaignId: number, now: string): Promise<number> {
  const content = await loadCampaignContent(db, workspaceId, campaignId, now);
  const raised = await db
    .selectFrom('content_posts')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('campaign_id', '=', campaignId)
    .where('task_id', 'is not', null)
    .execute();
  const done = new Set(raised.map((r) => Number(r.id)));
  let count = 0;
  for (const creator of content.creators)
    for (const d of creator.deliverables)
      for (const post of d.posts) {
        if (post.outcome !== 'fail' || done.has(post.id)) continue;
        const failing = post.rules.filter((r) => r.result === 'fail').map((r) => `${r.rule} (${r.reason})`);
        const claimed = await db
          .transaction()
          .execute(async (trx) => {
            const e = await trx
              .selectFrom('enrollments')
              .select('creator_id')
              .where('id', '=', creator.enrollment_id)
              .executeTakeFirstOrThrow();
            const r = await ensureRelationship(trx, workspaceId, Number(e.creator_id), null);
            const title = `Post fails the terms: ${post.url} — ${failing.join('; ')}`.slice(0, 500);
            const task = await trx
              .insertInto('relationship_tasks')
              .values({
                relationship_id: r.id,
                workspace_id: workspaceId,
                title,
                due_on: now.slice(0, 10),
                assignee_user_id: r.owner_user_id,
                done_at: null,
                created_at: now,
              })
              .returning('id')
              .executeTakeFirstOrThrow();
            // Two requests checking at once: only the one that claims the post keeps its task.
            if (!(await setContentTask(trx, workspaceId, post.id, Number(task.id)))) throw ALREADY_RAISED;
            await recordEvent(trx, {
              workspaceId,
              relationshipId: r.id,
              kind: 'task_added',
              actorUserId: null,
              details: { task_id: Number(task.id), title, due_on: now.slice(0, 10) },
              at: now,
            });
            await emitEvent(
              trx,
              workspaceId,
              'content.rule_failed',
              {
                campaign_id: campaignId,
                enrollment_id: creator.enrollment_id,
                content_id: post.id,
                url: post.url,
                failing: post.rules.filter((r) => r.result === 'fail').map((r) => ({ rule: r.rule, reason: r.reason })),
                task_id: Number(task.id),
              },
              new Date(now),
            );
            return true;
          })
          .catch((error: unknown) => {
            if (error === ALREADY_RAISED) return false;
            throw error;
          });
        if (claimed) count += 1;
      }
  return count;
}
