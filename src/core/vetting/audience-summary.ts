import type { AudienceDimension, AudienceSource } from '../creators/creator-record.ts';

export interface AudienceDistribution {
  dimension: AudienceDimension;
  source: AudienceSource;
  origin: string;
  sample_size: number | null;
  as_of: string;
  segments: { key: string; share: number }[];
}

export interface AudienceSummary {
  /** verified when any dimension comes from the creator's connected insights, else estimated; null when nothing is known. */
  source: AudienceSource | null;
  dimensions: Partial<Record<AudienceDimension, AudienceDistribution>>;
}

/** Picks one distribution per dimension: verified beats estimated whenever both exist (PRODUCT.md "Audience"). */
export function summarizeAudience(distributions: readonly AudienceDistribution[]): AudienceSummary {
  const dimensions: AudienceSummary['dimensions'] = {};
  for (const d of distributions) {
    const current = dimensions[d.dimension];
    if (!current || (current.source === 'estimated' && d.source === 'verified')) dimensions[d.dimension] = d;
  }
  const chosen = Object.values(dimensions);
  const source = chosen.length === 0 ? null : chosen.some((d) => d.source === 'verified') ? 'verified' : 'estimated';
  return { source, dimensions };
}
