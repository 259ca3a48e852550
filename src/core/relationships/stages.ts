// The pipeline stages of a workspace: the spec's defaults, a workspace's own list, and the check a
// stage change must pass. Stage keys are lower-case words joined by "_" so they read well in URLs and CSV.
import { z } from 'zod';
import { AppError } from '../app-error.ts';

/** PRODUCT.md "Relationships and outreach": the open path, then the three ways out. */
export const DEFAULT_STAGES = [
  'prospect',
  'contacted',
  'replied',
  'negotiating',
  'agreed',
  'product_sent',
  'content_live',
  'completed',
  'declined',
  'not_a_fit',
  'opted_out',
] as const;

/** Where a shipped gift moves her (services/gifts/record-gift-fulfilment.ts), when the workspace has the stage. */
export const PRODUCT_SENT_STAGE = 'product_sent';

/**
 * True when `to` comes after `from` in the workspace's stages. A stage the list no longer holds is not "before"
 * anything: an automatic move never guesses where such a relationship stands.
 */
export function isLaterStage(stages: readonly string[], from: string, to: string): boolean {
  const a = stages.indexOf(from);
  const b = stages.indexOf(to);
  return a >= 0 && b >= 0 && b > a;
}

/** Where a creator starts when the workspace first keeps a relationship with her. */
export const firstStage = (stages: readonly string[]): string => stages[0]!;

export const stageKeySchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'a stage key: a letter, then letters, digits or "_" (at most 40)');

export const stageListSchema = z
  .array(stageKeySchema)
  .min(1)
  .max(30)
  .refine((s) => new Set(s).size === s.length, 'each stage once');

/** The workspace's stages, or the defaults when it has not configured its own. */
export const stagesOrDefault = (own: readonly string[] | null): readonly string[] => own ?? DEFAULT_STAGES;

/** The stage key if the workspace has it; otherwise an error naming the field and the allowed stages. */
export function checkStage(stages: readonly string[], stage: string, path = 'stage'): string {
  const key = stage
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (stages.includes(key)) return key;
  throw new AppError('validation_failed', `"${stage}" is not a stage of this workspace (${stages.join(', ')})`, [
    { path, message: `unknown stage; one of ${stages.join(', ')}` },
  ]);
}
