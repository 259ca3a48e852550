// Saved briefs of a workspace: GET/POST /api/v1/briefs, DELETE /api/v1/briefs/{id}. The brief is kept
// as the API takes it (the same object POST /api/v1/discover accepts), after checking it parses.
import { z } from 'zod';
import { briefSchema } from '../../core/discovery/brief.ts';

export const saveBriefSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .describe('unique per workspace; saving again under a name replaces its brief'),
    brief: z
      .record(z.string(), z.unknown())
      .describe('a brief as POST /api/v1/discover takes it (typed values like "25-35k" are kept as typed)'),
  })
  .strict()
  .superRefine((input, ctx) => {
    const parsed = briefSchema.safeParse(input.brief);
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: 'custom', message: issue.message, path: ['brief', ...issue.path] });
  });

export const savedBriefSchema = z.object({
  id: z.number(),
  name: z.string(),
  brief: z.record(z.string(), z.unknown()),
  created_at: z.string(),
  updated_at: z.string(),
});
export const savedBriefListSchema = z.object({ items: z.array(savedBriefSchema) });

export type SavedBriefBody = z.infer<typeof savedBriefSchema>;
