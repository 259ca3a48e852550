// Account insights become reported metrics of the account, kept as given:
// - legacy `values[{value, end_time}]`: one point per end_time, named `<metric>_<period>`
//   (reach_day observed at 2017-05-05T07:00:00Z);
// - v18 `total_value`: the total over the requested window as `<metric>_total`, and one metric per
//   breakdown result with the dimension values in the name:
//   `reach_total{media_product_type=AD,follow_type=FOLLOWER}`.
import type { ReportedValue } from '../../core/creators/creator-record.ts';
import type { ReportedFact } from '../../core/imports/platform-facts.ts';
import { toIsoUtc } from '../../core/time/to-iso-utc.ts';
import { insightObjectId, type Insight, type InsightsPaging } from './graph-insights-schemas.ts';

export function accountInsightsToFacts(
  entries: { insight: Insight; index: number }[],
  paging: InsightsPaging,
  file: string,
): { facts: ReportedFact[]; warnings: string[] } {
  const groups = new Map<string, ReportedFact>();
  const warnings: string[] = [];
  const add = (owner: string, index: number, observedAt: string | undefined, value: ReportedValue) => {
    const key = `${owner}|${observedAt ?? ''}`;
    let fact = groups.get(key);
    if (!fact) {
      fact = {
        kind: 'reported',
        origin: { file, path: `data[${index}].id` },
        source: 'instagram_graph:user_insights',
        observedAt,
        owner: { platform: 'instagram', externalId: owner },
        reported: [],
      };
      groups.set(key, fact);
    }
    fact.reported.push(value);
  };
  const windowEnd = totalWindowEnd(paging);
  for (const { insight, index } of entries) {
    const owner = insightObjectId(insight);
    for (const [i, point] of (insight.values ?? []).entries()) {
      if (typeof point.value !== 'number') {
        warnings.push(`${file}: data[${index}].values[${i}]: ${insight.name} is a breakdown map, not stored`);
        continue;
      }
      add(owner, index, point.end_time, { metric: `${insight.name}_${insight.period}`, value: point.value });
    }
    const total = insight.total_value;
    if (!total) continue;
    if (total.value !== undefined)
      add(owner, index, windowEnd, { metric: `${insight.name}_total`, value: total.value });
    for (const breakdown of total.breakdowns ?? []) {
      for (const result of breakdown.results) {
        const labels = breakdown.dimension_keys.map((k, j) => `${k}=${result.dimension_values[j]}`).join(',');
        add(owner, index, windowEnd, { metric: `${insight.name}_total{${labels}}`, value: result.value });
      }
    }
  }
  return { facts: [...groups.values()], warnings };
}

/**
 * The end of the window a total_value covers. The response does not state it, but Graph pages
 * insights windows back to back, so the `since` of the next page is this window's `until`.
 * Without a next page the total stays undated (the import's date applies).
 */
function totalWindowEnd(paging: InsightsPaging): string | undefined {
  if (!paging?.next) return undefined;
  try {
    const since = new URL(paging.next).searchParams.get('since');
    if (!since || !/^\d+$/.test(since)) return undefined;
    return toIsoUtc(new Date(Number(since) * 1000).toISOString());
  } catch {
    return undefined;
  }
}
