// Files one stored story-mention delivery under her enrolled Instagram account, known by the id the webhook carries
// (an account whose external_id is that id) or by the username her IGSID resolved to: the latest campaign whose
// dates hold the mention gets the story as content (source story_mention, the CDN URL as its address: Meta allows
// keeping the URL, not the media). Returns false, settling nothing, when no such enrollment exists.
import { normalizeHandle } from '../../core/creators/normalize-handle.ts';
import type { DB } from '../../storage/connect.ts';
import { settleStoryMentionDelivery } from '../../storage/content/story-mention-deliveries.ts';
import { addContentPost } from './add-content-post.ts';

export type MentionSender = { externalId: string } | { username: string };

export async function fileStoryMention(
  db: DB,
  workspaceId: number,
  delivery: { id: number; cdnUrl: string; sentAt: string },
  sender: MentionSender,
  now: string,
): Promise<boolean> {
  const day = delivery.sentAt.slice(0, 10);
  let q = db
    .selectFrom('enrollments as e')
    .innerJoin('accounts as a', 'a.id', 'e.account_id')
    .innerJoin('campaigns as k', 'k.id', 'e.campaign_id')
    .select(['e.id', 'e.campaign_id'])
    .where('e.workspace_id', '=', workspaceId)
    .where('a.platform', '=', 'instagram')
    .where((eb) => eb.or([eb('k.starts_on', 'is', null), eb('k.starts_on', '<=', day)]))
    .where((eb) => eb.or([eb('k.ends_on', 'is', null), eb('k.ends_on', '>=', day)]));
  if ('externalId' in sender) q = q.where('a.external_id', '=', sender.externalId);
  else {
    const handle = normalizeHandle('instagram', sender.username);
    if (!handle) return false;
    q = q.where('a.handle', '=', handle);
  }
  const e = await q.orderBy('e.id', 'desc').executeTakeFirst();
  if (!e) return false;
  const saved = await addContentPost(
    db,
    workspaceId,
    { campaignId: Number(e.campaign_id), enrollmentId: Number(e.id) },
    { url: delivery.cdnUrl, kind: 'story', caption: null, posted_at: delivery.sentAt, brand_mention: 'story_mention' },
    'story_mention',
    now,
  );
  await settleStoryMentionDelivery(db, delivery.id, { outcome: 'recorded', error: null, contentId: saved.id });
  return true;
}

/** Why a delivery stays unmatched, naming the sender as far as she is known. */
export const notEnrolled = (sender: string, sentAt: string) =>
  `sender ${sender} is not an Instagram creator enrolled in a campaign running on ${sentAt.slice(0, 10)}`;

/** Files a delivery whose IGSID was resolved (or refused) by Meta; settles it either way. */
export async function fileResolvedSender(
  db: DB,
  workspaceId: number,
  delivery: { id: number; cdnUrl: string; sentAt: string },
  igsid: string,
  sender: { username: string | null; error: string | null },
  now: string,
): Promise<{ outcome: 'recorded' | 'unmatched'; error: string | null }> {
  if (sender.username && (await fileStoryMention(db, workspaceId, delivery, { username: sender.username }, now)))
    return { outcome: 'recorded', error: null };
  const error = sender.username
    ? notEnrolled(`@${sender.username} (IGSID ${igsid})`, delivery.sentAt)
    : `sender ${igsid} could not be named by Instagram: ${sender.error}`;
  await settleStoryMentionDelivery(db, delivery.id, { outcome: 'unmatched', error, contentId: null });
  return { outcome: 'unmatched', error };
}
