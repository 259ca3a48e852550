// Story mentions received by a workspace's Instagram webhook (the signature already checked): each delivery is
// stored first, then its sender is matched to an enrolled Instagram creator of a campaign whose dates hold the
// mention, and the story is recorded as content (source story_mention, the CDN URL as its address: Meta allows
// keeping the URL, not the media). A redelivered message changes nothing; an unknown sender is kept as unmatched.
import type { StoryMention } from '../../connectors/instagram/webhooks/story-mention-payload.ts';
import type { DB } from '../../storage/connect.ts';
import {
  insertStoryMentionDelivery,
  settleStoryMentionDelivery,
} from '../../storage/content/story-mention-deliveries.ts';
import { addContentPost } from './add-content-post.ts';

export async function recordStoryMentions(
  db: DB,
  workspaceId: number,
  mentions: StoryMention[],
  body: string,
  now = new Date().toISOString(),
) {
  const counts = { recorded: 0, unmatched: 0, repeated: 0 };
  for (const m of mentions) {
    const deliveryId = await insertStoryMentionDelivery(db, {
      workspaceId,
      messageId: m.messageId,
      senderId: m.senderId,
      body,
      now,
    });
    if (deliveryId === null) {
      counts.repeated += 1;
      continue;
    }
    const day = m.sentAt.slice(0, 10);
    // Her enrolled Instagram account, known by the id the mention carries; the latest campaign whose dates hold it.
    const e = await db
      .selectFrom('enrollments as e')
      .innerJoin('accounts as a', 'a.id', 'e.account_id')
      .innerJoin('campaigns as k', 'k.id', 'e.campaign_id')
      .select(['e.id', 'e.campaign_id'])
      .where('e.workspace_id', '=', workspaceId)
      .where('a.platform', '=', 'instagram')
      .where('a.external_id', '=', m.senderId)
      .where((eb) => eb.or([eb('k.starts_on', 'is', null), eb('k.starts_on', '<=', day)]))
      .where((eb) => eb.or([eb('k.ends_on', 'is', null), eb('k.ends_on', '>=', day)]))
      .orderBy('e.id', 'desc')
      .executeTakeFirst();
    if (!e) {
      counts.unmatched += 1;
      const error = `sender ${m.senderId} is not an Instagram creator enrolled in a campaign running on ${day}`;
      await settleStoryMentionDelivery(db, deliveryId, { outcome: 'unmatched', error, contentId: null });
      continue;
    }
    const saved = await addContentPost(
      db,
      workspaceId,
      { campaignId: Number(e.campaign_id), enrollmentId: Number(e.id) },
      { url: m.cdnUrl, kind: 'story', caption: null, posted_at: m.sentAt, brand_mention: 'story_mention' },
      'story_mention',
      now,
    );
    await settleStoryMentionDelivery(db, deliveryId, { outcome: 'recorded', error: null, contentId: saved.id });
    counts.recorded += 1;
  }
  return counts;
}
