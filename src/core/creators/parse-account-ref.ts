import { AppError } from '../app-error.ts';
import { PLATFORMS, type Platform } from './creator-record.ts';
import { normalizeHandle } from './normalize-handle.ts';

/** Parses "instagram:ana.feet" (or a profile URL after the colon) into a platform and a normalised handle. */
export function parseAccountRef(ref: string): { platform: Platform; handle: string } {
  const match = ref.match(/^([a-z]+):(.+)$/i);
  const platform = match?.[1]?.toLowerCase() as Platform | undefined;
  if (!match || !platform || !PLATFORMS.includes(platform)) {
    throw new AppError(
      'bad_request',
      `Expected <platform>:<handle> with platform one of ${PLATFORMS.join(', ')}, got "${ref}"`,
    );
  }
  const handle = normalizeHandle(platform, match[2]!);
  if (!handle) throw new AppError('bad_request', `"${match[2]}" is not a valid ${platform} handle`);
  return { platform, handle };
}
