// What checking one rule of a deliverable against one post gives: pass / fail / unknown, always with the reason,
// and the matched text (or the dates compared) as evidence when there is any.
import type { BrandMention } from '../brand-mention.ts';

export const RULES = ['disclosure', 'brand_named', 'link', 'code', 'in_window', 'still_online'] as const;
export type RuleName = (typeof RULES)[number];
export type RuleOutcome = 'pass' | 'fail' | 'unknown';

export interface RuleResult {
  rule: RuleName;
  result: RuleOutcome;
  /** The matched text or compared values ("#werbung", "posted 2026-05-02T10:00:00Z"); null when nothing matched. */
  evidence: string | null;
  reason: string;
}

/** A post as the rules see it; null = not known (never read as "absent"). */
export interface CheckedPost {
  caption: string | null;
  postedAt: string | null;
  /** The platform's paid-partnership label; null when the source does not say. */
  isPaidPartnership: boolean | null;
  deletedAt: string | null;
  /** When the post was last seen online (refresh, brand entry, portal submission). */
  lastSeenAt: string | null;
  /** How the platform itself reported the brand named (core/content/brand-mention.ts); null when it did not. */
  brandMention: BrandMention | null;
}
