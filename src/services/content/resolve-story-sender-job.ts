// The `instagram.story_sender` job: names the sender of a story mention that the webhook could not file, by asking
// Meta's User Profile API for her IGSID's username with the brand's token, caches the answer for the workspace, then
// files the story under her known account. A sender Meta will not name (no consent, blocked, no such id) is cached
// with Meta's reason and the delivery stays unmatched with it: never a guessed name. Meta down, slow or rate
// limiting: retried with backoff (the delivery stays `resolving`, and becomes unmatched with the reason if every
// attempt fails).
import { ApiRequestError } from '../../connectors/http/api-request-error.ts';
import type { FetchFn } from '../../connectors/http/get-json.ts';
import { readUserProfile } from '../../connectors/instagram/read-user-profile.ts';
import {
  findInstagramSender,
  type InstagramSender,
  saveInstagramSender,
} from '../../storage/content/instagram-senders.ts';
import {
  findStoryMentionDelivery,
  settleStoryMentionDelivery,
} from '../../storage/content/story-mention-deliveries.ts';
import { type JobHandler, PermanentJobError } from '../jobs/job-handler.ts';
import { brandInstagramToken } from './connect-brand-instagram.ts';
import { fileResolvedSender } from './file-story-mention.ts';
import { STORY_SENDER_JOB } from './record-story-mentions.ts';

/** Graph error codes that are about the call, not the sender: the token (190) and rate limits (4, 17, 32, 613). */
const NOT_ABOUT_SENDER = new Set([190, 4, 17, 32, 613]);

export interface StorySenderJobOptions {
  key: () => Buffer;
  /** Instagram Graph API base URL (config INSTAGRAM_GRAPH_URL). */
  graphUrl: string;
  fetch?: FetchFn;
}

export function resolveStorySenderJob(o: StorySenderJobOptions): JobHandler {
  return {
    kind: STORY_SENDER_JOB,
    async run(job, { db, now }) {
      const deliveryId = Number((job.payload as { delivery_id?: unknown }).delivery_id);
      if (!Number.isInteger(deliveryId) || job.workspaceId === null)
        throw new PermanentJobError(
          `${STORY_SENDER_JOB} job ${job.id}: payload.delivery_id and the workspace are required`,
        );
      const workspaceId = job.workspaceId;
      const d = await findStoryMentionDelivery(db, workspaceId, deliveryId);
      if (!d) throw new PermanentJobError(`story-mention delivery ${deliveryId} is not in workspace ${workspaceId}`);
      if (d.outcome !== 'resolving' || !d.cdn_url || !d.sent_at) return { delivery_id: deliveryId, outcome: d.outcome };
      const igsid = d.sender_id;
      const unmatched = async (error: string) => {
        await settleStoryMentionDelivery(db, deliveryId, { outcome: 'unmatched', error, contentId: null });
        return { delivery_id: deliveryId, outcome: 'unmatched', error };
      };

      let sender: InstagramSender | undefined = await findInstagramSender(db, workspaceId, igsid);
      if (!sender) {
        const token = await brandInstagramToken(db, o.key(), workspaceId);
        if (!token)
          return unmatched(
            `sender ${igsid} is an Instagram-scoped id and the workspace has no Instagram token to resolve it (microreach instagram connect)`,
          );
        try {
          const profile = await readUserProfile({ baseUrl: o.graphUrl, accessToken: token, fetch: o.fetch }, igsid);
          sender = profile.username
            ? { username: profile.username, error: null }
            : { username: null, error: 'Instagram answered without a username' };
        } catch (error) {
          if (!(error instanceof ApiRequestError)) throw error;
          const aboutSender =
            error.upstreamStatus !== undefined &&
            error.upstreamStatus >= 400 &&
            error.upstreamStatus < 500 &&
            error.upstreamStatus !== 429 &&
            !NOT_ABOUT_SENDER.has(error.upstreamCode ?? -1);
          if (aboutSender) sender = { username: null, error: error.message };
          else if (error.upstreamCode === 190) {
            await unmatched(
              `sender ${igsid} could not be resolved: the brand's Instagram token was refused (${error.message})`,
            );
            throw new PermanentJobError(error.message);
          } else {
            if (job.attempt >= job.maxAttempts)
              await unmatched(`sender ${igsid} could not be resolved: ${error.message}`);
            throw error;
          }
        }
        await saveInstagramSender(db, { workspaceId, igsid, now: now.toISOString(), ...sender });
      }
      const delivery = { id: deliveryId, cdnUrl: d.cdn_url, sentAt: d.sent_at };
      const filed = await fileResolvedSender(db, workspaceId, delivery, igsid, sender, now.toISOString());
      return { delivery_id: deliveryId, ...filed, username: sender.username };
    },
  };
}
