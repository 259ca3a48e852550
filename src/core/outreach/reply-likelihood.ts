// Reply likelihood (docs/numbers.md): how likely a creator is to answer, to send the day's emails to the
// likeliest first while a mailbox's budget lasts.
//   measured = reply_rate × (½ + ½ × 24 / (24 + median_reply_delay_hours))
//   likelihood = (K × measured + answered) / (K + written),  K = 4
// reply_rate and the delay are her answers to comments (vetting); written / answered count the earlier
// threads this brand wrote to her and those she answered (a Beta-style update: 4 threads of history
// weigh as much as the measured rate). Without a measured rate the ordering uses PRIOR_REPLY_RATE; it
// is only an ordering key and is never shown as her rate.

export const PRIOR_REPLY_RATE = 0.15;
export const HISTORY_WEIGHT = 4;

export interface ReplySignals {
  replyRate: number | null;
  medianReplyDelayHours: number | null;
  threadsWritten: number;
  threadsAnswered: number;
}

export function replyLikelihood(s: ReplySignals): number {
  const rate = s.replyRate ?? PRIOR_REPLY_RATE;
  const speed = s.medianReplyDelayHours === null ? 0.5 : 24 / (24 + Math.max(0, s.medianReplyDelayHours));
  const measured = rate * (0.5 + 0.5 * speed);
  return (HISTORY_WEIGHT * measured + s.threadsAnswered) / (HISTORY_WEIGHT + s.threadsWritten);
}

/** The job priority of a send: the likelihood in millionths (higher runs first). */
export const likelihoodPriority = (likelihood: number): number => Math.round(likelihood * 1_000_000);
