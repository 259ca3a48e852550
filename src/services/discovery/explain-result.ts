// One line a marketer can read: the strongest reasons first, each with its number.
import type { FitComponent } from '../../core/discovery/brief.ts';
import { levelOfScore } from '../../core/vetting/authenticity/score-level.ts';

export interface ExplainInput {
  components: Record<FitComponent, { value: number; weight: number }>;
  nicheTerms: string[];
  audience: { value: number | null; source: string | null } | null;
  tier: string | null;
  erPercentile: number | null;
  replyRate: number | null;
  authenticity: number | null;
  sponsoredShare: number | null;
  price: string | null;
}

const pct = (x: number) => `${Math.round(x * 100)} %`;

export function explainResult(r: ExplainInput): string {
  const parts: { weight: number; text: string }[] = [];
  const add = (c: FitComponent, text: string | null) => {
    if (text && r.components[c].weight > 0)
      parts.push({ weight: r.components[c].weight * r.components[c].value, text });
  };
  add(
    'niche',
    r.components.niche.value > 0
      ? `niche match ${pct(r.components.niche.value)}${r.nicheTerms.length ? ` (${r.nicheTerms.slice(0, 3).join(', ')})` : ''}`
      : 'weak niche match',
  );
  add(
    'audience',
    r.audience
      ? r.audience.value === null
        ? 'no audience data'
        : `${pct(r.audience.value)} of audience in target (${r.audience.source})`
      : null,
  );
  add(
    'engagement',
    r.erPercentile === null
      ? 'engagement unknown'
      : `engagement P${Math.round(r.erPercentile)} in ${r.tier ?? 'its'} tier`,
  );
  add('reply_rate', r.replyRate === null ? null : `answers ${pct(r.replyRate)} of comment threads`);
  add(
    'authenticity',
    r.authenticity === null
      ? null
      : levelOfScore(r.authenticity) === 'suspicious'
        ? `suspicious audience (${r.authenticity}/100)`
        : `audience score ${r.authenticity}/100`,
  );
  add('ad_fatigue', r.sponsoredShare === null ? null : `${pct(r.sponsoredShare)} sponsored`);
  add('cost_efficiency', r.price);
  return parts
    .sort((a, b) => b.weight - a.weight)
    .map((p) => p.text)
    .join('; ');
}
