// A sequence from its file ({"name", "steps": [{"subject", "body", "delay_days"}]}): checked whole before
// anything is stored; a merge field the renderer does not know is refused here, not at send time.
import { z } from 'zod';
import { AppError } from '../../core/app-error.ts';
import { MERGE_FIELDS } from '../../core/outreach/render-template.ts';
import type { DB } from '../../storage/connect.ts';
import { insertSequence } from '../../storage/outreach/sequences.ts';

export const sequenceFileSchema = z.object({
  name: z.string().trim().min(1).max(200),
  campaign_id: z.number().int().positive().optional(),
  steps: z
    .array(
      z.object({
        subject: z.string().trim().min(1).max(300),
        body: z.string().trim().min(1).max(20_000),
        delay_days: z.number().int().min(0).max(365),
      }),
    )
    .min(1)
    .max(20),
});
export type SequenceFile = z.infer<typeof sequenceFileSchema>;

export async function createSequence(db: DB, workspaceId: number, input: unknown, now: Date) {
  const parsed = sequenceFileSchema.safeParse(input);
  if (!parsed.success)
    throw new AppError(
      'validation_failed',
      `Sequence: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`,
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  const s = parsed.data;
  const unknown = s.steps.flatMap((step, i) =>
    [...`${step.subject} ${step.body}`.matchAll(/\{\{\s*([a-z_]+)\s*\}\}/g)]
      .map((m) => m[1] as string)
      .filter((f) => !(MERGE_FIELDS as readonly string[]).includes(f))
      .map((f) => ({
        path: `steps.${i}`,
        message: `unknown merge field {{${f}}} (known: ${MERGE_FIELDS.join(', ')})`,
      })),
  );
  if (unknown.length > 0)
    throw new AppError(
      'validation_failed',
      `Sequence "${s.name}": ${unknown[0]!.path}: ${unknown[0]!.message}`,
      unknown,
    );
  const saved = await insertSequence(
    db,
    workspaceId,
    {
      name: s.name,
      campaignId: s.campaign_id ?? null,
      steps: s.steps.map((st) => ({ subject: st.subject, body: st.body, delayDays: st.delay_days })),
    },
    now.toISOString(),
  );
  return { id: saved.id, created: saved.created, name: s.name, steps: s.steps.length };
}
