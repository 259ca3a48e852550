// Her channel's audience from the YouTube Analytics API (reports.query, ids=channel==MINE, her token in the
// Authorization header): viewerPercentage by ageGroup,gender and views by country, over the last 90 days ending
// yesterday (UTC; today's numbers are not complete). Both reports need the scope yt-analytics.readonly; Google lets
// her untick it on the consent screen, and then her audience stays estimated and the note tells her how to fix it.
// A report without rows (too few viewers) is imported as nothing and named in the note.
import { ApiRequestError } from '../http/api-request-error.ts';
import { getJson, type FetchFn } from '../http/get-json.ts';
import type { FetchedPayload } from '../fetched-payload.ts';
import { analyticsReportToAudience } from './analytics-report-to-audience.ts';

export const YOUTUBE_ANALYTICS_SCOPE = 'https://www.googleapis.com/auth/yt-analytics.readonly';
const PERIOD_DAYS = 90;
const DAY_MS = 86_400_000;

const REPORTS = [
  {
    name: 'age and gender',
    params: { metrics: 'viewerPercentage', dimensions: 'ageGroup,gender', sort: 'gender,ageGroup' },
  },
  // All countries (no maxResults), so each share is of all her views, not of a top list's.
  { name: 'country', params: { metrics: 'views', dimensions: 'country', sort: '-views' } },
] as const;

const NOT_GRANTED =
  'you did not allow microreach to see your YouTube Analytics, so your audience stays estimated: connect YouTube again and allow it';

/** The report period as YouTube takes it: YYYY-MM-DD, the last `PERIOD_DAYS` days ending the day before `now`. */
export function reportPeriod(now: Date): { startDate: string; endDate: string } {
  const end = Math.floor(now.getTime() / DAY_MS) * DAY_MS - DAY_MS;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { startDate: day(end - (PERIOD_DAYS - 1) * DAY_MS), endDate: day(end) };
}

export interface ChannelAudienceRead {
  payloads: FetchedPayload[];
  /** Why some or all of her audience is not verified by this read; null when both reports had viewers. */
  note: string | null;
}

export async function readChannelAudience(o: {
  baseUrl: string;
  accessToken: string;
  /** The scopes Google granted (space-separated), when it said. */
  scope: string | null;
  handle: string;
  now: Date;
  fetch?: FetchFn;
}): Promise<ChannelAudienceRead> {
  if (o.scope !== null && !o.scope.split(' ').includes(YOUTUBE_ANALYTICS_SCOPE))
    return { payloads: [], note: NOT_GRANTED };
  const period = reportPeriod(o.now);
  const payloads: FetchedPayload[] = [];
  const missing: string[] = [];
  for (const report of REPORTS) {
    const url = new URL(`${o.baseUrl}/reports`);
    for (const [k, v] of Object.entries({ ids: 'channel==MINE', ...period, ...report.params }))
      url.searchParams.set(k, v);
    let json: unknown;
    try {
      json = await getJson(url, {
        api: 'YouTube Analytics API',
        secretParams: [],
        fetch: o.fetch,
        request: { method: 'GET', headers: { authorization: `Bearer ${o.accessToken}` } },
      });
    } catch (error) {
      // 403 insufficientPermissions: the grant lacks the Analytics scope (an older grant, or she unticked it).
      if (error instanceof ApiRequestError && error.upstreamStatus === 403) return { payloads: [], note: NOT_GRANTED };
      throw error;
    }
    const name = `youtube ${o.handle} connected audience by ${report.name} ${period.startDate}..${period.endDate}`;
    payloads.push({ name, json });
    const outcome = analyticsReportToAudience(name, json);
    if (outcome.missing) missing.push(outcome.missing);
  }
  const note =
    missing.length === 0
      ? null
      : `YouTube reports no ${missing.join(' and no ')} of your viewers for ${period.startDate} to ${period.endDate} (too few viewers to show), so that part of your audience stays as it was`;
  return { payloads, note };
}
