// Reads channels (and optionally videos) live from the YouTube Data API and imports them through
// the same path as recorded files. Every call is made before anything is stored.
import type { YouTubeClient } from '../../connectors/youtube/data-api-client.ts';
import type { DB } from '../../storage/connect.ts';
import { importPlatformPayloads, type PayloadFile } from './import-platform-payloads.ts';
import type { ImportSummary } from './run-import.ts';

export interface FetchYouTubeOptions {
  workspaceId: number;
  /** Channel ids (UC…) or @handles. */
  channels: string[];
  videoIds?: string[];
  now?: Date;
}

export async function fetchYouTubeChannels(
  db: DB,
  client: YouTubeClient,
  options: FetchYouTubeOptions,
): Promise<ImportSummary> {
  const files: PayloadFile[] = [
    ...(await client.channels(options.channels)),
    ...(options.videoIds?.length ? await client.videos(options.videoIds) : []),
  ];
  return importPlatformPayloads(db, 'youtube', files, {
    workspaceId: options.workspaceId,
    liveRead: true,
    now: options.now,
  });
}
