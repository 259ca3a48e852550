// One CSV row → one CreatorRecord, or the reason it cannot be one (naming the row and the column):
// platform → accounts → numbers → creator fields. A bad optional value (an email that is not one,
// a location with no country) drops that value with a warning; the row is still imported.
import { z } from 'zod';
import { countryOfLocation } from '../../countries/country-of-location.ts';
import type { AccountRecord, CreatorRecord, Provenance } from '../../creators/creator-record.ts';
import { languageCode } from '../../languages/language-code.ts';
import { isMissingValue } from '../../numbers/is-missing-value.ts';
import { repairMojibake } from '../../text/repair-mojibake.ts';
import type { Rejection } from '../rejection.ts';
import { columnLabel } from './column-label.ts';
import type { ColumnMap } from './column-map.ts';
import { readRowAccounts } from './read-row-accounts.ts';
import { readRowNumbers, type AccountNumbers } from './read-row-numbers.ts';
import { isRowFailure, type RowFailure } from './row-failure.ts';
import { rowPlatform, type PlatformSources } from './row-platform.ts';

export interface RowContext {
  map: ColumnMap;
  platform: Omit<PlatformSources, 'column' | 'urlColumns'>;
  provenance: Provenance;
}

export type RowResult =
  | { kind: 'blank' }
  /** warnings: values of this row that were dropped, each naming row, column and reason. */
  | { kind: 'record'; record: CreatorRecord; warnings: string[] }
  | { kind: 'rejected'; rejection: Rejection };

const email = z.email();

export function readCreatorRow(
  rowNumber: number,
  cells: readonly string[],
  { map, platform: sources, provenance }: RowContext,
): RowResult {
  if (cells.every((c) => c.trim() === '')) return { kind: 'blank' };
  const label = (column: number | string) => (typeof column === 'number' ? columnLabel(map.headers, column) : column);
  const reject = ({ column, reason }: Omit<RowFailure, 'failed'>): RowResult => ({
    kind: 'rejected',
    rejection: { record: `row ${rowNumber}`, field: label(column), reason },
  });
  const warnings: string[] = [];
  const warn = (column: number | string, reason: string) => {
    warnings.push(`row ${rowNumber}: ${label(column)}: ${reason}`);
  };
  const textIn = (columns: readonly number[] = []) => {
    const value = columns.map((c) => cells[c] ?? '').find((v) => !isMissingValue(v));
    return value === undefined ? undefined : repairMojibake(value.trim());
  };
  const columnsOf = (field: ColumnMap['texts'][number]['field']) => map.texts.find((t) => t.field === field)?.columns;

  if (cells.slice(map.headers.length).some((c) => c.trim() !== '')) {
    return reject({ column: '(row)', reason: `has ${cells.length} fields but the header has ${map.headers.length}` });
  }
  const urlColumns = [map.profileUrl, map.handle].filter((c): c is number => c !== undefined);
  const found = rowPlatform(cells, { ...sources, column: map.platform, urlColumns });
  if (!found.ok)
    return reject({
      column: map.platform ?? 'platform',
      reason: `"${found.value}" is not a supported platform (instagram, tiktok, youtube)`,
    });

  const accounts = readRowAccounts(cells, map, found.platform, provenance);
  if (isRowFailure(accounts)) return reject(accounts);
  const numbers = readRowNumbers(cells, map);
  if (isRowFailure(numbers)) return reject(numbers);

  const parts = map.nameParts ? [map.nameParts.first, map.nameParts.last] : [];
  const names = parts.map((c) => (c === undefined ? undefined : textIn([c])));
  const displayName =
    (map.displayName === undefined ? undefined : textIn([map.displayName])) ??
    (names.filter(Boolean).join(' ') || undefined);
  const bio = textIn(columnsOf('bio'));
  const website = textIn(columnsOf('website'));
  const { primary } = accounts;
  const own: AccountNumbers = { profile: numbers.profile, reported: numbers.reported };
  const accountText = { ...(bio ? { bio } : {}), ...(website ? { website } : {}) };
  if (primary) {
    Object.assign(primary, displayName ? { displayName } : {}, accountText);
    addNumbers(primary, own);
  } else if (Object.keys(own.profile).length > 0 || own.reported.length > 0) {
    // Only per-platform columns, none on the row's platform: the numbers would describe no account.
    const ownColumn = map.platformHandles.find((p) => p.platform === found.platform)?.column;
    return reject(
      found.platform
        ? {
            column: ownColumn ?? map.platform ?? 'handle',
            reason: `the ${found.platform} handle is missing, so the row's numbers belong to no account`,
          }
        : {
            column: map.platform ?? 'platform',
            reason: "the platform is missing, so the row's numbers belong to no account",
          },
    );
  }
  // A bio or website beside per-platform accounts only: the creator's, kept on their first account.
  else if (accounts.accounts[0]) Object.assign(accounts.accounts[0], accountText);
  for (const [on, values] of Object.entries(numbers.perPlatform)) {
    const account = accounts.accounts.find((a) => a.platform === on);
    if (account) addNumbers(account, values);
    else warn(values.firstColumn ?? on, `no ${on} account on this row, so its ${on} numbers were not imported`);
  }

  let mail = textIn(columnsOf('email'));
  if (mail && !email.safeParse(mail).success) {
    warn(columnsOf('email')?.[0] ?? 'email', `"${mail}" is not an email address: not imported`);
    mail = undefined;
  }
  const location = textIn(columnsOf('country'));
  const place = location === undefined ? undefined : countryOfLocation(location);
  if (place?.kind === 'none') {
    warn(columnsOf('country')?.[0] ?? 'country', `"${location}" names no country: not imported`);
  }
  const country = place?.kind === 'code' ? place.code : place?.kind === 'as_written' ? place.text : undefined;
  const languageText = textIn(columnsOf('language'));
  const language = languageText === undefined ? undefined : (languageCode(languageText) ?? languageText);
  const categories = [...new Set(map.categories.map((c) => textIn([c])).filter((c): c is string => c !== undefined))];
  return {
    kind: 'record',
    record: {
      ...(displayName ? { displayName } : {}),
      ...(mail ? { email: mail } : {}),
      ...(country ? { country } : {}),
      ...(language ? { language } : {}),
      ...(categories.length ? { categories } : {}),
      accounts: accounts.accounts,
    },
    warnings,
  };
}

function addNumbers(account: AccountRecord, { profile, reported }: AccountNumbers): void {
  Object.assign(account, profile);
  if (reported.length) account.reported = [...(account.reported ?? []), ...reported];
}
