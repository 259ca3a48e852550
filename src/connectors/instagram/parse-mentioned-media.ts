// `GET /{ig-user-id}?fields=mentioned_media.media_id({media-id}){…}`: a media in which another account @mentioned
// the brand in its caption. The media is the AUTHOR's post, so it is stored under her account (named by `username`),
// where the automatic collection of campaign posts finds it; an author microreach does not know is rejected by the
// import by name, never created. (The brand's `/tags` edge needs nothing of its own: it is a media list whose
// `username` names each author, read by the media-list path.)
import { z } from 'zod';
import type { ParsedFacts } from '../../core/imports/platform-facts.ts';
import { normalizeHandle } from '../../core/creators/normalize-handle.ts';
import { zodRejection } from '../zod-rejection.ts';
import { objectId } from '../zod-types.ts';
import { graphMediaToPost } from './graph-media-to-post.ts';
import { graphMediaSchema } from './graph-schemas.ts';

const mentionedMediaSchema = z.object({
  // Without `username` the author is unknown and the post would land on the brand's own account: required.
  mentioned_media: graphMediaSchema.extend({
    username: z.string({ error: 'the author is required: ask for fields=…{username,…}' }),
  }),
  /** The brand's IG user id (the node the field was read on). */
  id: objectId.optional(),
});

export function parseMentionedMedia(file: string, json: unknown): ParsedFacts {
  const parsed = mentionedMediaSchema.safeParse(json);
  if (!parsed.success) return { facts: [], warnings: [], rejections: [zodRejection(file, parsed.error)] };
  const media = parsed.data.mentioned_media;
  const handle = normalizeHandle('instagram', media.username);
  if (!handle) {
    const reason = `"${media.username}" is not an Instagram username`;
    return { facts: [], warnings: [], rejections: [{ record: file, field: 'mentioned_media.username', reason }] };
  }
  return {
    facts: [
      {
        kind: 'posts',
        origin: { file, path: 'mentioned_media' },
        source: 'instagram_graph:mentioned_media',
        owner: { platform: 'instagram', handle },
        // A mention by construction: Meta strips the "@" from the caption, so the caption cannot show it.
        posts: [{ ...graphMediaToPost(media), brandMention: 'mentioned' }],
      },
    ],
    warnings: [],
    rejections: [],
  };
}
