// A list of follower / commenter profiles (CSV or JSON, as scrapers and other tools export them)
// → the profile records to store, and the reasons for the rows that cannot be stored. Pure: text in,
// records out. These profiles feed the "suspicious known followers / commenters" authenticity signal.
import { AppError } from '../../app-error.ts';
import type { Platform } from '../../creators/creator-record.ts';
import { normalizeHandle } from '../../creators/normalize-handle.ts';
import type { KnownProfile } from '../../vetting/account-facts.ts';
import { isMissingValue } from '../../numbers/is-missing-value.ts';
import { parseCount } from '../../numbers/parse-count.ts';
import { readCsvRecords } from '../creator-csv/read-csv-records.ts';
import type { Parsed, Rejection } from '../rejection.ts';
import { HANDLE_NAMES, profileFieldOf, type ProfileField } from './profile-fields.ts';

/** What vetting knows of a follower / commenter, plus the display name the list gave. */
export interface ProfileRecord extends KnownProfile {
  fullName: string | null;
}

type Cells = Partial<Record<ProfileField, string>>;

const TRUE = new Set(['true', 'yes', 'y', '1', 't']);
const FALSE = new Set(['false', 'no', 'n', '0', 'f']);

export function parseProfileList(
  text: string,
  options: { fileName: string; platform: Platform },
): Parsed<ProfileRecord> {
  const trimmed = text.trimStart();
  const rows = trimmed.startsWith('[') || trimmed.startsWith('{') ? jsonRows(trimmed, options.fileName) : csvRows(text);
  const parsed: Parsed<ProfileRecord> = { records: [], rejections: [...rows.rejections], warnings: rows.warnings };
  const seen = new Map<string, string>();
  for (const row of rows.rows) {
    const result = readProfile(row.cells, options.platform);
    if ('rejection' in result) {
      parsed.rejections.push({ record: row.label, ...result.rejection });
      continue;
    }
    const earlier = seen.get(result.handle);
    if (earlier) {
      parsed.rejections.push({
        record: row.label,
        field: 'handle',
        reason: `"${result.handle}" is already in ${earlier}`,
      });
      continue;
    }
    seen.set(result.handle, row.label);
    parsed.records.push({ label: row.label, value: result });
  }
  return parsed;
}

interface Rows {
  rows: { label: string; cells: Cells }[];
  rejections: Rejection[];
  warnings: string[];
}

function columnsOf(names: readonly string[]): { fields: (ProfileField | undefined)[]; warnings: string[] } {
  const fields = names.map(profileFieldOf);
  if (!fields.includes('handle')) {
    throw new AppError(
      'validation_failed',
      `no handle column: name one of ${HANDLE_NAMES.join(', ')} (found ${names.map((n) => `"${n}"`).join(', ') || 'none'})`,
    );
  }
  const ignored = names.filter((n, i) => fields[i] === undefined && n.trim() !== '');
  return { fields, warnings: ignored.length > 0 ? [`ignored columns: ${ignored.join(', ')}`] : [] };
}

function csvRows(text: string): Rows {
  const csv = readCsvRecords(text);
  const { fields, warnings } = columnsOf(csv.header);
  const rows = csv.rows
    .filter((r) => r.cells.some((c) => c.trim() !== ''))
    .map((r) => {
      const cells: Cells = {};
      r.cells.forEach((value, i) => {
        const f = fields[i];
        if (f && cells[f] === undefined) cells[f] = value;
      });
      return { label: `row ${r.number}`, cells };
    });
  return { rows, rejections: csv.rejections, warnings };
}

function jsonRows(text: string, fileName: string): Rows {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new AppError('validation_failed', `${fileName} is not valid JSON: ${(error as Error).message}`);
  }
  // A bare array, or the array under a "data" / "profiles" / "users" key.
  const list = Array.isArray(data)
    ? data
    : [
        (data as Record<string, unknown>)?.data,
        (data as Record<string, unknown>)?.profiles,
        (data as Record<string, unknown>)?.users,
      ].find(Array.isArray);
  if (!Array.isArray(list))
    throw new AppError('validation_failed', `${fileName}: expected an array of profiles (or {"data": [...]})`);
  const names = [
    ...new Set(
      list.flatMap((item) => (item && typeof item === 'object' && !Array.isArray(item) ? Object.keys(item) : [])),
    ),
  ];
  const { fields, warnings } = columnsOf(names);
  const rejections: Rejection[] = [];
  const rows = list.flatMap((item, i) => {
    const label = `[${i}]`;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      rejections.push({ record: label, field: '(item)', reason: 'not an object' });
      return [];
    }
    const cells: Cells = {};
    names.forEach((name, k) => {
      const f = fields[k];
      const value = (item as Record<string, unknown>)[name];
      // null is "not known": left out, so a null biography is not read as an empty one.
      if (!f || value === undefined || value === null || cells[f] !== undefined) return;
      cells[f] = typeof value === 'object' ? JSON.stringify(value) : String(value);
    });
    return [{ label, cells }];
  });
  return { rows, rejections, warnings };
}

type ReadResult = ProfileRecord | { rejection: Omit<Rejection, 'record'> };

function readProfile(cells: Cells, platform: Platform): ReadResult {
  const raw = cells.handle ?? '';
  if (isMissingValue(raw)) return { rejection: { field: 'handle', reason: 'empty' } };
  const handle = normalizeHandle(platform, raw);
  if (!handle) return { rejection: { field: 'handle', reason: `"${raw.trim()}" is not a valid ${platform} handle` } };
  const counts: Partial<Record<'followers' | 'following' | 'posts' | 'bio_length', number | null>> = {};
  for (const field of ['followers', 'following', 'posts', 'bio_length'] as const) {
    const cell = parseCount(cells[field] ?? '');
    if (!cell.ok) return { rejection: { field, reason: cell.reason } };
    if (cell.value !== null && !Number.isInteger(cell.value))
      return { rejection: { field, reason: `"${cells[field]!.trim()}" is not a whole number` } };
    counts[field] = cell.value;
  }
  const flags: Partial<Record<'has_profile_picture' | 'is_private', boolean | null>> = {};
  for (const field of ['has_profile_picture', 'is_private'] as const) {
    const text = (cells[field] ?? '').trim().toLowerCase();
    if (isMissingValue(text)) flags[field] = null;
    else if (TRUE.has(text)) flags[field] = true;
    else if (FALSE.has(text)) flags[field] = false;
    else return { rejection: { field, reason: `"${cells[field]!.trim()}" is not yes / no (true, false, 1, 0)` } };
  }
  // A picture URL says there is a picture; an empty one says nothing (it may not have been fetched).
  const pictureUrl = (cells.profile_picture_url ?? '').trim();
  const hasProfilePicture =
    flags.has_profile_picture ?? (pictureUrl !== '' && !isMissingValue(pictureUrl) ? true : null);
  const bio = cells.bio;
  const bioLength = counts.bio_length ?? (bio === undefined ? null : [...bio.trim()].length);
  const fullName = cells.full_name === undefined || isMissingValue(cells.full_name) ? null : cells.full_name.trim();
  return {
    handle,
    followers: counts.followers ?? null,
    following: counts.following ?? null,
    posts: counts.posts ?? null,
    hasProfilePicture,
    isPrivate: flags.is_private ?? null,
    bioLength,
    fullName,
  };
}
