// An insights response may mix metrics; each entry is read by what it measures:
// demographics → audience; period "lifetime" → a media object's insights; any other period → the
// account's. (Lifetime account metrics other than demographics, such as online_followers, are not
// read by microreach.) One bad entry rejects the whole response: nothing of it is stored.
import type { ParsedFacts, PlatformFact } from '../../core/imports/platform-facts.ts';
import { zodRejection } from '../zod-rejection.ts';
import { accountInsightsToFacts } from './account-insights-to-facts.ts';
import { DEMOGRAPHIC_METRICS, demographicsToFacts } from './demographics-to-facts.ts';
import {
  demographicsInsightSchema,
  insightSchema,
  insightsEnvelopeSchema,
  type Insight,
} from './graph-insights-schemas.ts';
import { mediaInsightsToFacts } from './media-insights-to-facts.ts';

export function insightsToFacts(json: unknown, file: string): ParsedFacts {
  const envelope = insightsEnvelopeSchema.safeParse(json);
  if (!envelope.success) return { facts: [], warnings: [], rejections: [zodRejection(file, envelope.error)] };
  const facts: PlatformFact[] = [];
  const warnings: string[] = [];
  const media: { insight: Insight; index: number }[] = [];
  const account: { insight: Insight; index: number }[] = [];
  for (const [index, entry] of envelope.data.data.entries()) {
    const name = (entry as { name?: unknown }).name;
    if (typeof name === 'string' && DEMOGRAPHIC_METRICS.has(name)) {
      const parsed = demographicsInsightSchema.safeParse(entry);
      if (!parsed.success)
        return { facts: [], warnings: [], rejections: [zodRejection(file, parsed.error, ['data', index])] };
      const outcome = demographicsToFacts(parsed.data, index, file);
      if (outcome.rejection) return { facts: [], warnings: [], rejections: [outcome.rejection] };
      warnings.push(...outcome.warnings);
      if (outcome.fact) facts.push(outcome.fact);
      continue;
    }
    const parsed = insightSchema.safeParse(entry);
    if (!parsed.success)
      return { facts: [], warnings: [], rejections: [zodRejection(file, parsed.error, ['data', index])] };
    (parsed.data.period === 'lifetime' ? media : account).push({ insight: parsed.data, index });
  }
  facts.push(...mediaInsightsToFacts(media, file));
  const reported = accountInsightsToFacts(account, envelope.data.paging, file);
  facts.push(...reported.facts);
  warnings.push(...reported.warnings);
  return { facts, warnings, rejections: [] };
}
