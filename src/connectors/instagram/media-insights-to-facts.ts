import type { PostMetricsFact } from '../../core/imports/platform-facts.ts';
import { insightObjectId, type Insight } from './graph-insights-schemas.ts';

// Lifetime media metrics microreach keeps as post columns. `views` is left out on purpose: a post's
// views belong to its likes/comments/views history, and an insights read has no likes to go with it.
const POST_COLUMNS = { impressions: 'impressions', reach: 'reach', saved: 'saves' } as const;

/** Media insights (legacy `values[0].value` or v18 `total_value.value`), one fact per media id. */
export function mediaInsightsToFacts(entries: { insight: Insight; index: number }[], file: string): PostMetricsFact[] {
  const byMedia = new Map<string, PostMetricsFact>();
  for (const { insight, index } of entries) {
    const mediaId = insightObjectId(insight);
    let fact = byMedia.get(mediaId);
    if (!fact) {
      fact = {
        kind: 'post_metrics',
        origin: { file, path: `data[${index}].id` },
        source: 'instagram_graph:media_insights',
        platform: 'instagram',
        postExternalId: mediaId,
        metrics: {},
        ignored: [],
      };
      byMedia.set(mediaId, fact);
    }
    const column = POST_COLUMNS[insight.name as keyof typeof POST_COLUMNS];
    const value = insight.total_value?.value ?? numeric(insight.values?.at(-1)?.value);
    if (column && value !== undefined) fact.metrics[column] = value;
    else fact.ignored.push(insight.name);
  }
  return [...byMedia.values()];
}

const numeric = (v: unknown) => (typeof v === 'number' ? v : undefined);
