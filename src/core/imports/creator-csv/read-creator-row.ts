// One CSV row → one CreatorRecord, or the reason it cannot be one (naming the row and the column):
// platform → accounts → numbers → creator fields.
import { z } from 'zod';
import { countryCode } from '../../countries/country-code.ts';
import type { CreatorRecord, Provenance } from '../../creators/creator-record.ts';
import { isMissingValue } from '../../numbers/is-missing-value.ts';
import { repairMojibake } from '../../text/repair-mojibake.ts';
import type { Rejection } from '../rejection.ts';
import { columnLabel } from './column-label.ts';
import type { ColumnMap } from './column-map.ts';
import { readRowAccounts } from './read-row-accounts.ts';
import { readRowNumbers } from './read-row-numbers.ts';
import { isRowFailure, type RowFailure } from './row-failure.ts';
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
  const reject = ({ column, reason }: Omit<RowFailure, 'failed'>): RowResult => ({
    kind: 'rejected',
    rejection: { record: `row ${rowNumber}`, field: typeof column === 'number' ? columnLabel(map.headers, column) : column, reason },
  });
  const textIn = (columns: readonly number[] = []) => {
    const value = columns.map((c) => cells[c] ?? '').find((v) => !isMissingValue(v));
    return value === undefined ? undefined : repairMojibake(value.trim());
  };
  const columnsOf = (field: ColumnMap['texts'][number]['field']) => map.texts.find((t) => t.field === field)?.columns;

  if (cells.slice(map.headers.length).some((c) => c.trim() !== '')) {
    return reject({ column: '(row)', reason: `has ${cells.length} fields but the header has ${map.headers.length}` });
  }
  const found = rowPlatform(cells, { ...sources, column: map.platform });
  if (!found.ok) return reject({ column: map.platform ?? 'platform', reason: `"${found.value}" is not a supported platform (instagram, tiktok, youtube)` });

  const accounts = readRowAccounts(cells, map, found.platform, provenance);
  if (isRowFailure(accounts)) return reject(accounts);
  const numbers = readRowNumbers(cells, map);
  if (isRowFailure(numbers)) return reject(numbers);

  const displayName = map.displayName === undefined ? undefined : textIn([map.displayName]);
  const bio = textIn(columnsOf('bio'));
  const website = textIn(columnsOf('website'));
  const accountValues = { ...numbers.profile, ...(bio ? { bio } : {}), ...(website ? { website } : {}) };
  const { primary } = accounts;
  if (primary) Object.assign(primary, displayName ? { displayName } : {}, accountValues, numbers.reported.length ? { reported: numbers.reported } : {});
  else if (Object.keys(accountValues).length > 0 || numbers.reported.length > 0) {
    // Only per-platform columns, none on the row's platform: the numbers would describe no account.
    const own = map.platformHandles.find((p) => p.platform === found.platform)?.column;
    return reject(found.platform
      ? { column: own ?? map.platform ?? 'handle', reason: `the ${found.platform} handle is missing, so the row's numbers belong to no account` }
      : { column: map.platform ?? 'platform', reason: "the platform is missing, so the row's numbers belong to no account" });
  }

  const mail = textIn(columnsOf('email'));
  if (mail && !email.safeParse(mail).success) return reject({ column: columnsOf('email')?.[0] ?? 'email', reason: `"${mail}" is not an email address` });
  const country = textIn(columnsOf('country'));
  const language = textIn(columnsOf('language'));
  const categories = [...new Set(map.categories.map((c) => textIn([c])).filter((c): c is string => c !== undefined))];
  return {
    kind: 'record',
    record: {
      ...(displayName ? { displayName } : {}),
      ...(mail ? { email: mail } : {}),
      ...(country ? { country: countryCode(country) ?? country } : {}),
      ...(language ? { language } : {}),
      ...(categories.length ? { categories } : {}),
      accounts: accounts.accounts,
    },
  };
}
