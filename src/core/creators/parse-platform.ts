import type { Platform } from './creator-record.ts';

const NAMES: Record<string, Platform> = {
  instagram: 'instagram',
  insta: 'instagram',
  ig: 'instagram',
  tiktok: 'tiktok',
  tt: 'tiktok',
  youtube: 'youtube',
  yt: 'youtube',
};

/** The platform a cell or option names ("Instagram", "IG", "Tik Tok", "YT"), or undefined when it is none of ours. */
export function parsePlatform(text: string): Platform | undefined {
  return NAMES[
    text
      .trim()
      .toLowerCase()
      .replace(/[\s._-]+/g, '')
  ];
}
