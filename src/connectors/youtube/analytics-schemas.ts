// YouTube Analytics API v2 `reports.query` answers (youtubeAnalytics#resultTable): columnHeaders name each column
// (dimensions first, then metrics, in the order requested) and every row is an array in that column order.
// Google omits `rows` (or sends it empty) when the period has no data or too few viewers to report.
import { z } from 'zod';

export const ANALYTICS_KIND = 'youtubeAnalytics#resultTable';

export const resultTableSchema = z.object({
  kind: z.literal(ANALYTICS_KIND),
  columnHeaders: z
    .array(
      z.object({
        name: z.string().min(1),
        columnType: z.enum(['DIMENSION', 'METRIC']),
        dataType: z.string(),
      }),
    )
    .min(1),
  rows: z.array(z.array(z.union([z.string(), z.number()]))).optional(),
});

export type ResultTable = z.infer<typeof resultTableSchema>;
