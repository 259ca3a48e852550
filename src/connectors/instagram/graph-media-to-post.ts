import type { PostRecord, PostType } from '../../core/creators/creator-record.ts';
import { extractTags } from '../../core/creators/extract-tags.ts';
import type { GraphMedia } from './graph-schemas.ts';

/** A Graph media object as a post. A missing like_count means the owner hides likes: null, never 0. */
export function graphMediaToPost(media: GraphMedia): PostRecord {
  const { hashtags, mentions } = extractTags(media.caption);
  return {
    externalId: media.id,
    type: postType(media),
    postedAt: media.timestamp,
    caption: media.caption,
    hashtags,
    mentions,
    permalink: media.permalink,
    likes: media.like_count ?? null,
    comments: media.comments_count,
  };
}

function postType(media: GraphMedia): PostType {
  if (media.media_product_type === 'STORY') return 'story';
  if (media.media_type === 'CAROUSEL_ALBUM') return 'carousel';
  if (media.media_type === 'VIDEO') return media.media_product_type === 'REELS' ? 'reel' : 'video';
  return 'image';
}
