// Story mentions received by a workspace's Instagram webhook (the signature already checked): each delivery is
// stored first, then filed under her enrolled Instagram account (file-story-mention.ts) when the sender's id is
// already known: the account's own id, or an Instagram-scoped id (IGSID) resolved before. A sender not resolved yet
// is handed to the `instagram.story_sender` job (resolve-story-sender-job.ts), which asks Meta for her username
// outside this request. A redelivered message changes nothing; a sender Meta would not name stays unmatched with
// Meta's reason.
import type { StoryMention } from '../../connectors/instagram/webhooks/story-mention-payload.ts';
import type { DB } from '../../storage/connect.ts';
import { findInstagramSender } from '../../storage/content/instagram-senders.ts';
import {
  insertStoryMentionDelivery,
  settleStoryMentionDelivery,
} from '../../storage/content/story-mention-deliveries.ts';
import { enqueueJob } from '../../storage/jobs/enqueue-job.ts';
import { fileResolvedSender, fileStoryMention } from './file-story-mention.ts';

export const STORY_SENDER_JOB = 'instagram.story_sender';

export async function recordStoryMentions(
  db: DB,
  workspaceId: number,
  mentions: StoryMention[],
  body: string,
  now = new Date().toISOString(),
) {
  const counts = { recorded: 0, unmatched: 0, resolving: 0, repeated: 0 };
  for (const m of mentions) {
    const deliveryId = await insertStoryMentionDelivery(db, {
      workspaceId,
      messageId: m.messageId,
      senderId: m.senderId,
      body,
      cdnUrl: m.cdnUrl,
      sentAt: m.sentAt,
      now,
    });
    if (deliveryId === null) {
      counts.repeated += 1;
      continue;
    }
    const delivery = { id: deliveryId, cdnUrl: m.cdnUrl, sentAt: m.sentAt };
    if (await fileStoryMention(db, workspaceId, delivery, { externalId: m.senderId }, now)) {
      counts.recorded += 1;
      continue;
    }
    const known = await findInstagramSender(db, workspaceId, m.senderId);
    if (known) {
      const { outcome } = await fileResolvedSender(db, workspaceId, delivery, m.senderId, known, now);
      counts[outcome] += 1;
      continue;
    }
    await db.transaction().execute(async (trx) => {
      await settleStoryMentionDelivery(trx, deliveryId, { outcome: 'resolving', error: null, contentId: null });
      await enqueueJob(
        trx,
        {
          kind: STORY_SENDER_JOB,
          idempotencyKey: `${STORY_SENDER_JOB}:${deliveryId}`,
          workspaceId,
          payload: { delivery_id: deliveryId },
          runAt: now,
        },
        now,
      );
    });
    counts.resolving += 1;
  }
  return counts;
}
