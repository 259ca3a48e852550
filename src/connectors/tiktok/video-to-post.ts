// A TikTok video as a post. A count the response leaves out is unknown (undefined), never 0.
import type { PostRecord } from '../../core/creators/creator-record.ts';
import { extractTags } from '../../core/creators/extract-tags.ts';
import type { TikTokVideo } from './display-api-schemas.ts';

export function tiktokVideoToPost(video: TikTokVideo): PostRecord {
  const tags = extractTags(`${video.title ?? ''}\n${video.video_description ?? ''}`);
  return {
    externalId: video.id,
    type: 'video',
    postedAt: new Date(video.create_time * 1000).toISOString(),
    title: video.title,
    caption: video.video_description,
    hashtags: tags.hashtags,
    mentions: tags.mentions,
    permalink: video.share_url,
    views: video.view_count,
    likes: video.like_count,
    comments: video.comment_count,
  };
}
