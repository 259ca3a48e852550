// Follower demographics from the creator's connected account: a verified audience. Two forms:
// - follower_demographics (current): total_value.breakdowns[] with dimension_keys ["age","gender"],
//   ["country"] or ["city"]; results are head counts per dimension-value tuple;
// - audience_gender_age / audience_country / audience_city (legacy): values[].value is a flat map
//   {"F.18-24": n} / {"US": n} / {"London, England": n}, dated by end_time.
// Segment keys: "18-24:female", an ISO country code, or the city name. Shares are count / total and
// the sample size is the total.
import type { AudienceDimension } from '../../core/creators/creator-record.ts';
import type { AudienceFact } from '../../core/imports/platform-facts.ts';
import type { Rejection } from '../../core/imports/rejection.ts';
import { insightObjectId, type DemographicsInsight } from './graph-insights-schemas.ts';

export const DEMOGRAPHIC_METRICS = new Set([
  'follower_demographics',
  'audience_gender_age',
  'audience_country',
  'audience_city',
  'audience_locale',
]);

const GENDERS: Record<string, string> = { F: 'female', M: 'male', U: 'unknown' };
const LEGACY: Record<string, AudienceDimension> = {
  audience_gender_age: 'age_gender',
  audience_country: 'country',
  audience_city: 'city',
};

type Audience = AudienceFact['audiences'][number];
type Outcome = { fact?: AudienceFact; warnings: string[]; rejection?: Rejection };

export function demographicsToFacts(insight: DemographicsInsight, index: number, file: string): Outcome {
  const warnings: string[] = [];
  const at = `data[${index}]`;
  const fail = (path: string, reason: string): Outcome => ({
    warnings,
    rejection: { record: file, field: `${at}.${path}`, reason },
  });
  const audiences: Audience[] = [];
  const origin = `instagram_graph:${insight.name}`;

  if (insight.name === 'follower_demographics') {
    for (const [b, breakdown] of (insight.total_value?.breakdowns ?? []).entries()) {
      const dims = breakdown.dimension_keys.join(',');
      const dimension =
        dims === 'age,gender' || dims === 'gender,age'
          ? 'age_gender'
          : dims === 'country' || dims === 'city'
            ? dims
            : undefined;
      if (!dimension) {
        warnings.push(
          `${file}: ${at}: follower_demographics by ${dims} not stored (microreach keeps age × gender, country and city)`,
        );
        continue;
      }
      const counts = new Map<string, number>();
      for (const [r, result] of breakdown.results.entries()) {
        const tuple = Object.fromEntries(breakdown.dimension_keys.map((k, j) => [k, result.dimension_values[j]!]));
        const key = segmentKey(dimension, tuple);
        if (!key)
          return fail(
            `total_value.breakdowns[${b}].results[${r}].dimension_values`,
            `unrecognised ${dims} value ${JSON.stringify(result.dimension_values)}`,
          );
        counts.set(key, (counts.get(key) ?? 0) + result.value);
      }
      pushAudience(audiences, warnings, `${file}: ${at}`, dimension, counts, origin, undefined);
    }
  } else {
    const dimension = LEGACY[insight.name];
    const latest = insight.values?.at(-1);
    if (!dimension || !latest) {
      warnings.push(`${file}: ${at}: ${insight.name} not stored`);
      return { warnings };
    }
    const counts = new Map<string, number>();
    for (const [raw, value] of Object.entries(latest.value)) {
      const key = dimension === 'age_gender' ? legacyAgeGender(raw) : segmentKey(dimension, { [dimension]: raw });
      if (!key) return fail(`values[${insight.values!.length - 1}].value`, `unrecognised ${insight.name} key "${raw}"`);
      counts.set(key, (counts.get(key) ?? 0) + value);
    }
    pushAudience(audiences, warnings, `${file}: ${at}`, dimension, counts, origin, latest.end_time);
  }
  if (audiences.length === 0) return { warnings };
  const owner = insightObjectId(insight);
  return {
    warnings,
    fact: {
      kind: 'audiences',
      origin: { file, path: `${at}.id` },
      source: origin,
      // Recorded payloads say literally "id/insights/…": only a numeric id names an account.
      owner: /^\d+$/.test(owner) ? { platform: 'instagram', externalId: owner } : undefined,
      audiences,
    },
  };
}

function segmentKey(dimension: AudienceDimension, tuple: Record<string, string>): string | undefined {
  if (dimension === 'age_gender') {
    const gender = GENDERS[tuple.gender ?? ''];
    return gender && /^\d+(-\d+|\+)$/.test(tuple.age ?? '') ? `${tuple.age}:${gender}` : undefined;
  }
  if (dimension === 'country') {
    const code = (tuple.country ?? '').trim().toUpperCase();
    return /^[A-Z]{2}$/.test(code) ? code : undefined;
  }
  const city = (tuple.city ?? '').trim();
  return city === '' ? undefined : city;
}

function legacyAgeGender(raw: string): string | undefined {
  const m = /^([FMU])\.(.+)$/.exec(raw);
  return m ? segmentKey('age_gender', { gender: m[1]!, age: m[2]! }) : undefined;
}

function pushAudience(
  out: Audience[],
  warnings: string[],
  where: string,
  dimension: AudienceDimension,
  counts: Map<string, number>,
  origin: string,
  asOf: string | undefined,
) {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total === 0) {
    warnings.push(`${where}: ${dimension} distribution has no followers counted, not stored`);
    return;
  }
  out.push({
    dimension,
    source: 'verified',
    origin,
    sampleSize: total,
    asOf,
    segments: [...counts].map(([key, n]) => ({ key, share: n / total, count: n })),
  });
}
