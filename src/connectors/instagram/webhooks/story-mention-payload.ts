// Instagram messaging webhooks (object "instagram", entry[].messaging[]): the story mentions among them, i.e.
// messages with an attachment of type "story_mention" whose payload carries the story's CDN URL
// (https://developers.facebook.com/docs/messenger-platform/instagram/features/story-mention). Other messaging
// events (text messages, reactions, reads) parse and are skipped; a body that is not this shape at all is refused.
import { z } from 'zod';

const attachmentSchema = z.object({ type: z.string(), payload: z.object({ url: z.string().optional() }).optional() });
const messagingSchema = z.object({
  sender: z.object({ id: z.string().min(1).max(64) }),
  recipient: z.object({ id: z.string().min(1).max(64) }),
  timestamp: z.number().int().positive(),
  message: z.object({ mid: z.string().min(1).max(500), attachments: z.array(attachmentSchema).optional() }).optional(),
});
export const instagramWebhookSchema = z.object({
  object: z.literal('instagram'),
  entry: z.array(z.object({ id: z.string(), time: z.number(), messaging: z.array(messagingSchema).optional() })),
});

export interface StoryMention {
  messageId: string;
  /** The Instagram-scoped id of the person who mentioned the account. */
  senderId: string;
  /** The mentioned (brand's) Instagram professional account. */
  recipientId: string;
  /** ISO-8601 UTC. */
  sentAt: string;
  cdnUrl: string;
}

const httpsUrl = z.url({ protocol: /^https$/ }).max(4000);

export function storyMentionsOf(payload: z.infer<typeof instagramWebhookSchema>): StoryMention[] {
  const mentions: StoryMention[] = [];
  for (const entry of payload.entry)
    for (const m of entry.messaging ?? []) {
      const attachment = m.message?.attachments?.find((a) => a.type === 'story_mention');
      const url = httpsUrl.safeParse(attachment?.payload?.url);
      if (!m.message || !attachment || !url.success) continue;
      mentions.push({
        messageId: m.message.mid,
        senderId: m.sender.id,
        recipientId: m.recipient.id,
        sentAt: new Date(m.timestamp).toISOString(),
        cdnUrl: url.data,
      });
    }
  return mentions;
}
