// One CSV row → one CreatorRecord, or the reason it cannot be one (naming the row and the column).
import { z } from 'zod';
import { countryCode } from '../../countries/country-code.ts';
import type { AccountRecord, CreatorRecord, Platform, Provenance, ReportedValue } from '../../creators/creator-record.ts';
import { normalizeHandle } from '../../creators/normalize-handle.ts';
import { isMissingValue } from '../../numbers/is-missing-value.ts';
import { parseCount } from '../../numbers/parse-count.ts';
import { parseRate } from '../../numbers/parse-rate.ts';
import { repairMojibake } from '../../text/repair-mojibake.ts';
import type { Rejection } from '../rejection.ts';
import { columnLabel } from './column-label.ts';
import type { ColumnMap } from './column-map.ts';
import { NUMBER_FIELDS, type AccountNumber } from './creator-csv-fields.ts';
import { readNumberCells } from './read-number-cells.ts';
import { rowPlatform, type PlatformSources } from './row-platform.ts';

export interface RowContext {
  map: ColumnMap;
  platform: Omit<PlatformSources, 'column'>;
  provenance: Provenance;
}

export type RowResult =
  | { kind: 'blank' }
  | { kind: 'record'; record: CreatorRecord }
  | { kind: 'rejected'; rejection: Rejection };

const email = z.email();

export function readCreatorRow(rowNumber: number, cells: readonly string[], { map, platform: sources, provenance }: RowContext): RowResult {
  if (cells.every((c) => c.trim() === '')) return { kind: 'blank' };
  const reject = (column: number | string, reason: string): RowResult => ({
    kind: 'rejected',
    rejection: { record: `row ${rowNumber}`, field: typeof column === 'number' ? columnLabel(map.headers, column) : column, reason },
  });
  const text = (columns: readonly number[]) => {
    for (const c of columns) {
      const value = cells[c] ?? '';
      if (!isMissingValue(value)) return repairMojibake(value.trim());
    }
    return undefined;
  };
  const textOf = (field: ColumnMap['texts'][number]['field']) => text(map.texts.find((t) => t.field === field)?.columns ?? []);

  const extra = cells.slice(map.headers.length).filter((c) => c.trim() !== '');
  if (extra.length) return reject('(row)', `has ${cells.length} fields but the header has ${map.headers.length}`);

  const found = rowPlatform(cells, { ...sources, column: map.platform });
  if (!found.ok) return reject(map.platform ?? 'platform', `"${found.value}" is not a supported platform (instagram, tiktok, youtube)`);
  const platform = found.platform;

  // Accounts: the generic handle column on the row's platform, plus any per-platform columns.
  const accounts: AccountRecord[] = [];
  const addAccount = (column: number, on: Platform): RowResult | AccountRecord => {
    const raw = cells[column] ?? '';
    const handle = normalizeHandle(on, raw);
    if (!handle) return reject(column, `"${raw.trim()}" is not a valid ${on} handle`);
    const existing = accounts.find((a) => a.platform === on && a.handle === handle);
    if (existing) return existing;
    const account: AccountRecord = { platform: on, handle, provenance };
    accounts.push(account);
    return account;
  };
  let primary: AccountRecord | undefined;
  if (map.handle !== undefined) {
    if (isMissingValue(cells[map.handle] ?? '')) return reject(map.handle, 'the handle is missing');
    if (!platform) return reject(map.platform ?? 'platform', 'the platform is missing');
    const added = addAccount(map.handle, platform);
    if ('kind' in added) return added;
    primary = added;
  }
  for (const { column, platform: on } of map.platformHandles) {
    if (isMissingValue(cells[column] ?? '')) continue;
    const added = addAccount(column, on);
    if ('kind' in added) return added;
    if (!primary && on === platform) primary = added;
  }
  if (accounts.length === 0) return reject(map.handle ?? map.platformHandles[0]?.column ?? 'handle', 'the handle is missing');

  // Profile numbers and what the source reported go to the row's own platform account.
  const numbers: Partial<Record<AccountNumber, number>> = {};
  const reported: ReportedValue[] = [];
  for (const { field, columns } of map.numbers) {
    const spec = NUMBER_FIELDS[field];
    const read = readNumberCells(cells, columns, spec.parse === 'rate' ? parseRate : parseCount);
    if (!read.ok) return reject(read.column, read.reason);
    if (read.value === null) continue;
    if ('account' in spec) {
      if (!Number.isInteger(read.value)) return reject(columns[0] ?? field, `${read.value} is not a whole number of ${field}`);
      numbers[spec.account] = read.value;
    } else reported.push({ metric: field, value: read.value });
  }
  const audienceCountry = textOf('audience_country');
  if (audienceCountry) reported.push({ metric: 'audience_top_country', text: countryCode(audienceCountry) ?? audienceCountry });

  const displayName = map.displayName === undefined ? undefined : text([map.displayName]);
  const bio = textOf('bio');
  const website = textOf('website');
  const profile = { ...numbers, ...(displayName ? { displayName } : {}), ...(bio ? { bio } : {}), ...(website ? { website } : {}) };
  if (!primary && (Object.keys(profile).length > 0 || reported.length > 0)) {
    const own = map.platformHandles.find((p) => p.platform === platform)?.column;
    return platform
      ? reject(own ?? map.platform ?? 'handle', `the ${platform} handle is missing, so the row's numbers belong to no account`)
      : reject(map.platform ?? 'platform', 'the platform is missing, so the row\'s numbers belong to no account');
  }
  if (primary) Object.assign(primary, profile, reported.length ? { reported } : {});

  const mail = textOf('email');
  if (mail && !email.safeParse(mail).success) return reject(map.texts.find((t) => t.field === 'email')?.columns[0] ?? 'email', `"${mail}" is not an email address`);
  const country = textOf('country');
  const language = textOf('language');
  const categories = [...new Set(map.categories.map((c) => text([c])).filter((c): c is string => c !== undefined))];
  return {
    kind: 'record',
    record: {
      ...(displayName ? { displayName } : {}),
      ...(mail ? { email: mail } : {}),
      ...(country ? { country: countryCode(country) ?? country } : {}),
      ...(language ? { language } : {}),
      ...(categories.length ? { categories } : {}),
      accounts,
    },
  };
}
