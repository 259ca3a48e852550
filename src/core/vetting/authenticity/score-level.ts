// The level of a creator audience score, for every surface that labels one (vetting report, discovery
// results, badges): the thresholds live in audience-authenticity.ts; an unknown score has no level.
import { SUSPICIOUS_BELOW, WATCH_BELOW } from './audience-authenticity.ts';

export type ScoreLevel = 'ok' | 'watch' | 'suspicious';

export const levelOfScore = (score: number | null): ScoreLevel | null =>
  score === null ? null : score < SUSPICIOUS_BELOW ? 'suspicious' : score < WATCH_BELOW ? 'watch' : 'ok';
