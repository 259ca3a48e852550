// Options shared by the `import`/`fetch` commands for platform payloads.
import { AppError } from '../core/app-error.ts';
import { normalizeHandle } from '../core/creators/normalize-handle.ts';
import type { AccountRef } from '../core/imports/platform-facts.ts';
import { parseDateOrInstant } from '../core/time/to-iso-utc.ts';
import type { PayloadPlatform } from '../services/imports/import-platform-payloads.ts';

/** `--observed-at 2026-03-01` (UTC midnight) or a full ISO-8601 instant. */
export function observedAtOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const iso = parseDateOrInstant(value);
  if (!iso)
    throw new AppError(
      'bad_request',
      `--observed-at must be a date (2026-03-01) or an ISO-8601 date-time with a zone, got "${value}"`,
    );
  return iso;
}

/** `--account HANDLE`, `--account @HANDLE` or `--account instagram:HANDLE`. */
export function accountOption(platform: PayloadPlatform, value: string | undefined): AccountRef | undefined {
  if (value === undefined) return undefined;
  const prefixed = /^([a-z]+):(.*)$/.exec(value);
  if (prefixed && prefixed[1] !== platform)
    throw new AppError('bad_request', `--account names a ${prefixed[1]} account; this import is for ${platform}`);
  const handle = normalizeHandle(platform, prefixed ? prefixed[2]! : value);
  if (!handle) throw new AppError('bad_request', `--account "${value}" is not a valid ${platform} handle`);
  return { platform, handle };
}
