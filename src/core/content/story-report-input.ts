// What the creator types when she uploads a story from her portal: when it went up, the text on it, and the numbers
// she reads off her insights screenshot. Counts accept thousands separators as phones write them ("12,400",
// "12.400", "12 400"); anything else is refused rather than guessed ("1.5" is not 15).
import { z } from 'zod';

const GROUPED = /^\d{1,3}(?:[ ,.'’\u00a0\u202f]\d{3})+$/;
const PLAIN = /^\d{1,15}$/;

const count = z
  .string()
  .trim()
  .max(30)
  .refine((v) => PLAIN.test(v) || GROUPED.test(v), 'a whole number such as 12400')
  .transform((v) => Number(v.replace(/\D/g, '')))
  .optional();

export const storyReportSchema = z
  .object({
    /** datetime-local in UTC ("2030-06-05T18:30"), or a full ISO date-time. */
    posted_at: z
      .string()
      .trim()
      .transform((v) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v) ? `${v}:00Z` : v))
      .pipe(z.iso.datetime({ offset: true, error: 'a date and time such as 2030-06-05T18:30' })),
    caption: z.string().max(5000).optional(),
    deliverable: z.coerce.number().int().min(1).max(20).optional(),
    impressions: count,
    reach: count,
    replies: count,
    link_clicks: count,
  })
  .strict()
  .refine((r) => r.impressions !== undefined || r.reach !== undefined, {
    path: ['impressions'],
    message: 'give the impressions or the reach shown on your insights',
  });
export type StoryReport = z.infer<typeof storyReportSchema>;
