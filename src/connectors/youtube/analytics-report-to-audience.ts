// One YouTube Analytics report of her own channel → a verified audience distribution, in the model the Instagram
// path fills: age × gender segments "18-24:female" and ISO country codes. Two reports are understood, told apart
// by their columns: ageGroup, gender, viewerPercentage (shares of her logged-in viewers in the period; YouTube
// gives no head count, so the sample size stays unknown) and country, views (views per country; the sample is the
// views counted). An empty report (too few viewers in the period, or no data) stores nothing: unknown is not zero,
// and the warning says why.
import type { AudienceFact } from '../../core/imports/platform-facts.ts';
import type { Rejection } from '../../core/imports/rejection.ts';
import { resultTableSchema } from './analytics-schemas.ts';
import { zodRejection } from '../zod-rejection.ts';

type Audience = AudienceFact['audiences'][number];
export type AnalyticsOutcome = {
  fact?: AudienceFact;
  warnings: string[];
  rejection?: Rejection;
  /** The report came back without viewers: which audience YouTube did not report. */
  missing?: 'age and gender' | 'country';
};

/** YouTube's gender values; `user_specified` (a gender she chose herself) is kept as "unknown" like Instagram's U. */
const GENDERS: Record<string, string> = { female: 'female', male: 'male', user_specified: 'unknown' };

/** "age18-24" → "18-24", "age65-" → "65+"; undefined for anything else. */
export function ageBandOf(ageGroup: string): string | undefined {
  const m = /^age(\d{2})-(\d{2})?$/.exec(ageGroup);
  if (!m) return undefined;
  return m[2] === undefined ? `${m[1]}+` : `${m[1]}-${m[2]}`;
}

export function analyticsReportToAudience(file: string, json: unknown): AnalyticsOutcome {
  const parsed = resultTableSchema.safeParse(json);
  if (!parsed.success) return { warnings: [], rejection: zodRejection(file, parsed.error) };
  const columns = parsed.data.columnHeaders.map((c) => c.name).join(',');
  const kind =
    columns === 'ageGroup,gender,viewerPercentage'
      ? ('age_gender' as const)
      : columns === 'country,views'
        ? ('country' as const)
        : undefined;
  if (!kind)
    return {
      warnings: [`${file}: a YouTube Analytics report by ${columns} is not an audience microreach stores`],
    };
  const rows = parsed.data.rows ?? [];
  const what = kind === 'age_gender' ? 'age and gender' : 'country';
  if (rows.length === 0)
    return {
      missing: what,
      warnings: [
        `${file}: YouTube Analytics reports no ${what} of her viewers for the period (too few viewers, or no views): her ${what} audience stays as it was`,
      ],
    };

  const counts = new Map<string, number>();
  for (const [r, row] of rows.entries()) {
    const fail = (reason: string): AnalyticsOutcome => ({
      warnings: [],
      rejection: { record: file, field: `rows[${r}]`, reason },
    });
    const value = row.at(-1);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      return fail(`${columns.split(',').at(-1)} ${JSON.stringify(value)} is not a non-negative number`);
    let key: string | undefined;
    if (kind === 'age_gender') {
      const band = ageBandOf(String(row[0]));
      const gender = GENDERS[String(row[1])];
      if (!band) return fail(`unrecognised ageGroup ${JSON.stringify(row[0])}`);
      if (!gender) return fail(`unrecognised gender ${JSON.stringify(row[1])}`);
      key = `${band}:${gender}`;
    } else {
      key = String(row[0]).trim().toUpperCase();
      if (!/^[A-Z]{2}$/.test(key)) return fail(`unrecognised country ${JSON.stringify(row[0])}`);
    }
    counts.set(key, (counts.get(key) ?? 0) + value);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total === 0)
    return {
      missing: what,
      warnings: [
        `${file}: YouTube Analytics counts no viewers in the ${what} report: her ${what} audience stays as it was`,
      ],
    };
  const audience: Audience = {
    dimension: kind,
    source: 'verified',
    origin: kind === 'age_gender' ? 'youtube_analytics:viewerPercentage' : 'youtube_analytics:views',
    // viewerPercentage is a share, not a count: no sample size rather than a made-up one.
    sampleSize: kind === 'country' ? total : undefined,
    segments: [...counts].map(([key, n]) =>
      kind === 'country' ? { key, share: n / total, count: n } : { key, share: n / total },
    ),
  };
  // The report does not name the channel (ids=channel==MINE): the import ties it to the connected account.
  return {
    warnings: [],
    fact: {
      kind: 'audiences',
      origin: { file, path: 'rows' },
      source: audience.origin,
      owner: undefined,
      audiences: [audience],
    },
  };
}
