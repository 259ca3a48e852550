// The accounts one row names: the generic handle column (on the row's platform) and any
// per-platform columns ("instagram", "tiktok url"). The primary account is the one on the row's own
// platform: the row's numbers describe it.
import type { AccountRecord, Platform, Provenance } from '../../creators/creator-record.ts';
import { normalizeHandle } from '../../creators/normalize-handle.ts';
import { platformOfProfileUrl } from '../../creators/platform-of-profile-url.ts';
import { isMissingValue } from '../../numbers/is-missing-value.ts';
import type { ColumnMap } from './column-map.ts';
import { isRowFailure, rowFailure, type RowFailure } from './row-failure.ts';

export interface RowAccounts {
  accounts: AccountRecord[];
  primary?: AccountRecord;
}

export function readRowAccounts(
  cells: readonly string[],
  map: ColumnMap,
  platform: Platform | undefined,
  provenance: Provenance,
): RowAccounts | RowFailure {
  const accounts: AccountRecord[] = [];
  const add = (column: number, on: Platform): AccountRecord | RowFailure => {
    const raw = cells[column] ?? '';
    const handle = normalizeHandle(on, raw);
    if (!handle) return rowFailure(column, `"${raw.trim()}" is not a valid ${on} handle`);
    const known = accounts.find((a) => a.platform === on && a.handle === handle);
    if (known) return known;
    const account: AccountRecord = { platform: on, handle, provenance };
    accounts.push(account);
    return account;
  };

  let primary: AccountRecord | undefined;
  if (map.handle !== undefined) {
    if (isMissingValue(cells[map.handle] ?? '')) return rowFailure(map.handle, 'the handle is missing');
    // A profile link names its own platform ("https://www.tiktok.com/@ana" in a "url" column).
    const on = platformOfProfileUrl(cells[map.handle] ?? '') ?? platform;
    if (!on) return rowFailure(map.platform ?? 'platform', 'the platform is missing');
    const added = add(map.handle, on);
    if (isRowFailure(added)) return added;
    primary = added;
  }
  for (const { column, platform: on } of map.platformHandles) {
    if (isMissingValue(cells[column] ?? '')) continue;
    const added = add(column, on);
    if (isRowFailure(added)) return added;
    if (!primary && on === platform) primary = added;
  }
  if (accounts.length === 0)
    return rowFailure(map.handle ?? map.platformHandles[0]?.column ?? 'handle', 'the handle is missing');
  return { accounts, ...(primary ? { primary } : {}) };
}
