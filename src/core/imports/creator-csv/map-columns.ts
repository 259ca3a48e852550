// Turns a header row (and the content under it) into a ColumnMap, with a warning for every column
// that is read differently from its header or not read at all.
import { normalizeHandle } from '../../creators/normalize-handle.ts';
import { platformOfProfileUrl } from '../../creators/platform-of-profile-url.ts';
import { PLATFORMS, type Platform } from '../../creators/creator-record.ts';
import { isMissingValue } from '../../numbers/is-missing-value.ts';
import { parseCount } from '../../numbers/parse-count.ts';
import { parseRate } from '../../numbers/parse-rate.ts';
import { applyColumnOverrides, type ColumnOverride } from './apply-column-overrides.ts';
import { chooseIdentityColumns, type IdentityCandidate } from './choose-identity-columns.ts';
import { classifyHeader, type CountScale } from './classify-header.ts';
import { columnLabel } from './column-label.ts';
import type { ColumnMap } from './column-map.ts';
import { NUMBER_FIELDS, type NumberField, type TextField } from './creator-csv-fields.ts';
import { inspectNumberColumn } from './inspect-number-column.ts';
import { rowPlatform, type PlatformSources } from './row-platform.ts';

export interface MapColumnsInput {
  headers: string[];
  rows: string[][];
  /** Where rows get their platform besides a platform column (needed to judge which values are handles). */
  platform: Omit<PlatformSources, 'column' | 'urlColumns'>;
  /** The user's corrections ("column 3 is the handle", "column 5 is not read"), applied last. */
  overrides?: readonly ColumnOverride[];
}

type NumberCandidate = { column: number; exactShare: number; platform?: Platform; scale?: CountScale };

export function mapColumns(input: MapColumnsInput): { map: ColumnMap; warnings: string[] } {
  const { headers, rows, platform, overrides = [] } = input;
  const warnings: string[] = [];
  const column = (i: number) => rows.map((r) => r[i] ?? '');
  const name = (i: number) => `"${columnLabel(headers, i)}"`;
  const map: ColumnMap = { headers, platformHandles: [], numbers: [], texts: [], categories: [] };
  const numbers = new Map<string, { field: NumberField; columns: NumberCandidate[] }>();
  const texts = new Map<Exclude<TextField, 'platform'>, number[]>();
  const identity: { column: number; hint: 'handle' | 'name' }[] = [];
  const ignored: number[] = [];
  const ids: number[] = [];
  const addText = (field: Exclude<TextField, 'platform'>, i: number) =>
    texts.set(field, [...(texts.get(field) ?? []), i]);

  headers.forEach((header, i) => {
    const role = classifyHeader(header);
    switch (role.role) {
      case 'number': {
        if (role.rateOrCount && !mostlyPercent(column(i))) role.field = 'avg_engagements';
        const parse = NUMBER_FIELDS[role.field].parse === 'rate' ? parseRate : parseCount;
        const verdict = inspectNumberColumn(column(i), parse);
        if (verdict.kind === 'numbers') {
          const key = `${role.field}:${role.platform ?? ''}`;
          const entry = numbers.get(key) ?? { field: role.field, columns: [] };
          entry.columns.push({ column: i, exactShare: verdict.exactShare, platform: role.platform, scale: role.scale });
          numbers.set(key, entry);
        } else if (verdict.kind === 'countries') {
          addText('audience_country', i);
          warnings.push(
            `column ${name(i)} holds country names, not numbers (e.g. "${verdict.example}"): read as the audience country`,
          );
        } else warnings.push(`column ${name(i)} is mostly not numbers (e.g. "${verdict.example}"): ignored`);
        break;
      }
      case 'text':
        if (role.field === 'platform') {
          if (map.platform === undefined) map.platform = i;
          else ignored.push(i);
        } else addText(role.field, i);
        break;
      case 'category':
        map.categories.push(i);
        break;
      case 'platform_handle':
        map.platformHandles.push({ column: i, platform: role.platform });
        break;
      case 'profile_url':
        if (map.profileUrl === undefined) map.profileUrl = i;
        else ignored.push(i);
        break;
      case 'name_part':
        map.nameParts = { ...map.nameParts, [role.part]: i };
        break;
      case 'id':
        // YouTube names channels by their id ("UC…"), which is a handle here; other ids are the exporter's own.
        if (role.platform === 'youtube') map.platformHandles.push({ column: i, platform: 'youtube' });
        else ids.push(i);
        break;
      case 'identity':
        identity.push({ column: i, hint: role.hint });
        break;
      default:
        if (header.trim() || column(i).some((v) => v.trim())) ignored.push(i);
    }
  });

  const urlColumns = map.profileUrl === undefined ? [] : [map.profileUrl];
  const sources: PlatformSources = { ...platform, column: map.platform, urlColumns };
  // An identity column full of profile links ("YouTube Channel": https://www.youtube.com/@ana) is that
  // platform's account.
  for (const c of [...identity]) {
    const linked = linkedPlatform(column(c.column));
    if (!linked) continue;
    map.platformHandles.push({ column: c.column, platform: linked });
    identity.splice(identity.indexOf(c), 1);
  }
  const candidates: IdentityCandidate[] = identity.map((c) => ({
    ...c,
    handleShare: handleShare(rows, c.column, sources),
  }));
  const choice = chooseIdentityColumns(candidates, map.platformHandles.length > 0 || map.profileUrl !== undefined);
  map.handle = choice.handle ?? (map.platformHandles.length === 0 ? map.profileUrl : undefined);
  map.displayName = choice.displayName;
  ignored.push(...choice.unused);
  // The exact copy of a duplicated column ("409800000" beside "409.8M") is read first.
  for (const { field, columns } of numbers.values()) {
    const sorted = [...columns].sort((a, b) => b.exactShare - a.exactShare || a.column - b.column);
    const { platform: on, scale } = sorted[0]!;
    const extra = { ...(on ? { platform: on } : {}), ...(scale ? { scale } : {}) };
    map.numbers.push({ field, columns: sorted.map((c) => c.column), ...extra });
  }
  for (const [field, columns] of texts) map.texts.push({ field, columns });
  if (ids.length) warnings.push(`ignored columns of ids (an id is not a handle): ${ids.map(name).join(', ')}`);
  if (ignored.length)
    warnings.push(
      `ignored columns not recognised: ${ignored
        .sort((a, b) => a - b)
        .map(name)
        .join(', ')}`,
    );
  if (overrides.length === 0) return { map, warnings };
  const corrected = applyColumnOverrides(map, overrides);
  warnings.push(...overrides.map((o) => `column ${name(o.column)} read as ${o.field ?? 'not read'} (your mapping)`));
  return { map: corrected, warnings };
}

function handleShare(rows: string[][], i: number, sources: PlatformSources): number {
  let filled = 0;
  let valid = 0;
  for (const cells of rows) {
    const value = cells[i] ?? '';
    if (isMissingValue(value)) continue;
    filled += 1;
    // Digits alone are ids (an exporter's or the platform's), not handles people use.
    if (/^\s*\d+\s*$/.test(value)) continue;
    const found = rowPlatform(cells, sources);
    const platforms = found.ok && found.platform ? [found.platform] : PLATFORMS;
    if (platforms.some((p) => normalizeHandle(p, value) !== undefined)) valid += 1;
  }
  return filled ? valid / filled : 0;
}

/** Whether most filled cells are written as percentages ("3.1%"). */
function mostlyPercent(values: readonly string[]): boolean {
  const filled = values.map((v) => v.trim()).filter((v) => !isMissingValue(v));
  return filled.filter((v) => v.endsWith('%')).length * 2 > filled.length;
}

/** The platform most filled cells link to, when more than half are profile links of one platform. */
function linkedPlatform(values: readonly string[]): Platform | undefined {
  const filled = values.filter((v) => !isMissingValue(v));
  const counts = new Map<Platform, number>();
  for (const v of filled) {
    const p = platformOfProfileUrl(v);
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] * 2 > filled.length ? best[0] : undefined;
}
