import type { Platform } from '../../creators/creator-record.ts';
import { parsePlatform } from '../../creators/parse-platform.ts';
import { platformOfProfileUrl } from '../../creators/platform-of-profile-url.ts';
import { isMissingValue } from '../../numbers/is-missing-value.ts';

export interface PlatformSources {
  /** --platform: wins over everything. */
  option?: Platform;
  /** Column giving each row's platform. */
  column?: number;
  /** Columns that may hold a profile link (the profile URL column, the handle column): its host names the platform. */
  urlColumns?: readonly number[];
  /** From the file name: used when the row does not say. */
  fromFileName?: Platform;
}

export type RowPlatform = { ok: true; platform?: Platform } | { ok: false; value: string };

/** The platform of one row: --platform, else the row's platform cell, else its profile link, else the file name's. */
export function rowPlatform(cells: readonly string[], sources: PlatformSources): RowPlatform {
  if (sources.option) return { ok: true, platform: sources.option };
  const cell = sources.column === undefined ? '' : (cells[sources.column] ?? '');
  if (!isMissingValue(cell)) {
    const platform = parsePlatform(cell);
    return platform ? { ok: true, platform } : { ok: false, value: cell.trim() };
  }
  for (const column of sources.urlColumns ?? []) {
    const platform = platformOfProfileUrl(cells[column] ?? '');
    if (platform) return { ok: true, platform };
  }
  return { ok: true, platform: sources.fromFileName };
}
