// YouTube Analytics reports of a connected channel → her verified audience, on the documented shapes
// (test/fixtures/oauth-youtube/analytics-*.json, SOURCE.md): age groups to the shared age bands, user_specified
// gender kept as unknown, countries with their view counts; an empty report stores nothing and says why.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AudienceFact } from '../../../src/core/imports/platform-facts.ts';
import { parseYouTubePayload } from '../../../src/connectors/youtube/parse-youtube-payload.ts';
import { reportPeriod } from '../../../src/connectors/youtube/read-channel-audience.ts';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/oauth-youtube', name), 'utf8')) as {
    rows: unknown[][];
  };
const audienceOf = (file: string, json: unknown = fixture(file)) => {
  const parsed = parseYouTubePayload(file, json);
  return { ...parsed, audience: (parsed.facts[0] as AudienceFact | undefined)?.audiences[0] };
};

describe('YouTube Analytics audience reports', () => {
  it('maps viewerPercentage by ageGroup,gender to age × gender shares with no made-up sample size', () => {
    const { audience, rejections, warnings } = audienceOf('analytics-age-gender.json');
    expect(rejections).toEqual([]);
    expect(warnings).toEqual([]);
    expect(audience).toMatchObject({
      dimension: 'age_gender',
      source: 'verified',
      origin: 'youtube_analytics:viewerPercentage',
      sampleSize: undefined,
    });
    const share = Object.fromEntries(audience!.segments.map((s) => [s.key, Number(s.share.toFixed(4))]));
    expect(share).toMatchObject({
      '25-34:female': 0.315,
      '65+:female': 0.005,
      '65+:male': 0.001,
      '18-24:unknown': 0.003,
    });
    expect(audience!.segments).toHaveLength(15);
    expect(audience!.segments.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 9);
  });

  it('maps views by country to shares of all views, the views counted as the sample', () => {
    const { audience } = audienceOf('analytics-country.json');
    expect(audience).toMatchObject({ dimension: 'country', origin: 'youtube_analytics:views', sampleSize: 63_050 });
    expect(audience!.segments[0]).toEqual({ key: 'US', share: 41_250 / 63_050, count: 41_250 });
  });

  it('stores nothing for a report without rows (too few viewers) and says so', () => {
    const { facts, rejections, warnings } = audienceOf('analytics-age-gender-empty.json');
    expect(facts).toEqual([]);
    expect(rejections).toEqual([]);
    expect(warnings).toEqual([expect.stringContaining('reports no age and gender of her viewers')]);
  });

  it('rejects a row it cannot read, naming the row and the value', () => {
    const json = fixture('analytics-age-gender.json');
    const { facts, rejections } = audienceOf('r.json', { ...json, rows: [...json.rows, ['age99', 'female', 1]] });
    expect(facts).toEqual([]);
    expect(rejections).toEqual([{ record: 'r.json', field: 'rows[15]', reason: 'unrecognised ageGroup "age99"' }]);
  });

  it('asks for the 90 days ending yesterday (UTC)', () => {
    expect(reportPeriod(new Date('2026-12-05T04:30:00Z'))).toEqual({ startDate: '2026-09-06', endDate: '2026-12-04' });
  });
});
