import { normalizeHandle } from '../../core/creators/normalize-handle.ts';
import type { ProfileFact } from '../../core/imports/platform-facts.ts';
import type { YouTubeChannel } from './data-api-schemas.ts';

/**
 * A channel as a profile. Handle: the custom URL without "@", else the channel id. A hidden
 * subscriber count is stored as null with followersHidden, never as 0.
 */
export function channelToProfile(
  channel: YouTubeChannel,
  origin: ProfileFact['origin'],
): { fact: ProfileFact; warning?: string } {
  const { snippet, statistics } = channel;
  const customHandle = snippet?.customUrl ? normalizeHandle('youtube', snippet.customUrl) : undefined;
  const warning =
    snippet?.customUrl && !customHandle
      ? `${origin.file}: ${origin.path}.snippet.customUrl "${snippet.customUrl}" is not a handle microreach can store; the channel id is used instead`
      : undefined;
  const thumbs = snippet?.thumbnails;
  const fact: ProfileFact = {
    kind: 'profile',
    origin,
    source: 'youtube_data_api:channels',
    creator: { displayName: snippet?.title, country: snippet?.country?.toUpperCase() },
    account: {
      platform: 'youtube',
      handle: customHandle ?? channel.id,
      externalId: channel.id,
      displayName: snippet?.title,
      bio: snippet?.description,
      profilePictureUrl: (thumbs?.high ?? thumbs?.medium ?? thumbs?.default)?.url,
      followers: statistics ? (statistics.hiddenSubscriberCount ? null : statistics.subscriberCount) : undefined,
      followersHidden: statistics?.hiddenSubscriberCount,
      postsCount: statistics?.videoCount,
    },
    reported:
      statistics?.viewCount === undefined ? undefined : [{ metric: 'total_views', value: statistics.viewCount }],
  };
  return { fact, warning };
}
