// Instagram story-mention deliveries (0024): stored before processing, once per workspace and Meta message id.
import type { DB } from '../connect.ts';
import type { StoryMentionDeliveriesTable } from '../schema.ts';

/** Stores the delivery; returns its id, or null when this message was already received (a redelivery). */
export async function insertStoryMentionDelivery(
  db: DB,
  row: {
    workspaceId: number;
    messageId: string;
    senderId: string;
    body: string;
    cdnUrl: string;
    sentAt: string;
    now: string;
  },
): Promise<number | null> {
  const inserted = await db
    .insertInto('story_mention_deliveries')
    .values({
      workspace_id: row.workspaceId,
      message_id: row.messageId,
      sender_id: row.senderId,
      body: row.body,
      cdn_url: row.cdnUrl,
      sent_at: row.sentAt,
      received_at: row.now,
      outcome: 'received',
    })
    .onConflict((oc) => oc.columns(['workspace_id', 'message_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted ? Number(inserted.id) : null;
}

export async function settleStoryMentionDelivery(
  db: DB,
  id: number,
  result: { outcome: StoryMentionDeliveriesTable['outcome']; error: string | null; contentId: number | null },
) {
  await db
    .updateTable('story_mention_deliveries')
    .set({ outcome: result.outcome, error: result.error, content_id: result.contentId })
    .where('id', '=', id)
    .execute();
}

/** A delivery of the workspace, for the job that resolves its sender. */
export async function findStoryMentionDelivery(db: DB, workspaceId: number, id: number) {
  return db
    .selectFrom('story_mention_deliveries')
    .select(['id', 'sender_id', 'outcome', 'cdn_url', 'sent_at'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}
