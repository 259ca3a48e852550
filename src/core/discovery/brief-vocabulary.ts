// The words and defaults of a brief that every surface shares: the fit components and their default
// weights, age bands and genders. Pure constants without zod, so the web build imports them directly
// (web/src/pages/brief-form.ts) instead of re-declaring them.
export const AGE_BANDS = ['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export const GENDERS = ['female', 'male', 'unknown'] as const;
export const FIT_COMPONENTS = ['niche', 'audience', 'engagement', 'reply_rate', 'authenticity', 'ad_fatigue', 'cost_efficiency'] as const;
export type FitComponent = (typeof FIT_COMPONENTS)[number];

/** Default weights of the fit score (visible in every answer, overridable per brief). */
export const DEFAULT_WEIGHTS: Readonly<Record<FitComponent, number>> = {
  niche: 30, audience: 20, engagement: 15, reply_rate: 10, authenticity: 15, ad_fatigue: 5, cost_efficiency: 10,
};
