// A video as a post.
// - Type: "short" when it lasts 60 s or less, or carries #shorts in its title or description;
//   otherwise "video". Live and upcoming broadcasts report a duration of 0 and are videos. Without
//   the contentDetails part the length is unknown, so the type is only a guess (typeGuessed) and a
//   type stored before is kept.
// - Hashtags and mentions come from the title and the description (both are shown to viewers).
//   snippet.tags are not hashtags: they are hidden, multi-word search keywords, and would flood
//   hashtag filters; they are not stored.
// - Counts: the statistics part absent → unknown (undefined); present but a count missing → hidden
//   or disabled (null).
import type { PostRecord } from '../../core/creators/creator-record.ts';
import { extractTags } from '../../core/creators/extract-tags.ts';
import { isoDurationSeconds } from '../../core/time/iso-duration-seconds.ts';
import type { YouTubeVideo } from './data-api-schemas.ts';

const SHORT_MAX_SECONDS = 60;

export function videoToPost(video: YouTubeVideo): { post: PostRecord; typeGuessed: boolean } {
  const { snippet, statistics: stats } = video;
  const tags = extractTags(`${snippet.title}\n${snippet.description ?? ''}`);
  const duration = video.contentDetails?.duration;
  const seconds = duration === undefined ? undefined : isoDurationSeconds(duration);
  const shortByLength = seconds !== undefined && seconds > 0 && seconds <= SHORT_MAX_SECONDS;
  const shortByTag = tags.hashtags.includes('shorts');
  const post: PostRecord = {
    externalId: video.id,
    type: shortByLength || shortByTag ? 'short' : 'video',
    postedAt: snippet.publishedAt,
    title: snippet.title,
    caption: snippet.description,
    hashtags: tags.hashtags,
    mentions: tags.mentions,
    permalink: `https://www.youtube.com/watch?v=${encodeURIComponent(video.id)}`,
    views: stats ? (stats.viewCount ?? null) : undefined,
    likes: stats ? (stats.likeCount ?? null) : undefined,
    comments: stats ? (stats.commentCount ?? null) : undefined,
    isPaidPartnership: video.paidProductPlacementDetails?.hasPaidProductPlacement,
  };
  return { post, typeGuessed: seconds === undefined && !shortByTag };
}
