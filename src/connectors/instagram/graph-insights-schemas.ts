// Insights responses: `{ data: [{ name, period, id: "<object-id>/insights/<name>/<period>", … }] }`.
// Legacy metrics carry `values[{ value, end_time? }]`; v18+ metrics carry `total_value` with optional
// `breakdowns[{ dimension_keys, results[{ dimension_values, value }] }]`.
import { z } from 'zod';
import { count, isoInstant } from '../zod-types.ts';

const breakdownSchema = <V extends z.ZodType>(value: V) =>
  z
    .object({
      dimension_keys: z.array(z.string().min(1)).min(1),
      results: z.array(z.object({ dimension_values: z.array(z.string()), value })),
    })
    .superRefine((b, ctx) => {
      b.results.forEach((r, i) => {
        if (r.dimension_values.length !== b.dimension_keys.length) {
          ctx.addIssue({
            code: 'custom',
            path: ['results', i, 'dimension_values'],
            message: `expected ${b.dimension_keys.length} values (${b.dimension_keys.join(', ')})`,
          });
        }
      });
    });

const insightId = z
  .string()
  .regex(/^[^/]+\/insights\//, { message: 'expected "<object-id>/insights/<metric>/<period>"' });

export const insightSchema = z.object({
  name: z.string().min(1),
  period: z.string().min(1),
  id: insightId,
  values: z
    .array(
      z.object({
        value: z.union([z.number(), z.record(z.string(), z.number())]),
        end_time: isoInstant.optional(),
      }),
    )
    .optional(),
  total_value: z
    .object({
      value: z.number().optional(),
      breakdowns: z.array(breakdownSchema(z.number())).optional(),
    })
    .optional(),
});

/** follower_demographics (and the legacy audience_* metrics): every number is a head count. */
export const demographicsInsightSchema = z.object({
  name: z.string().min(1),
  period: z.string().min(1),
  id: insightId,
  values: z.array(z.object({ value: z.record(z.string(), count), end_time: isoInstant.optional() })).optional(),
  total_value: z
    .object({
      value: count.optional(),
      breakdowns: z.array(breakdownSchema(count)).optional(),
    })
    .optional(),
});

export const insightsEnvelopeSchema = z.object({
  data: z.array(z.unknown()),
  paging: z.object({ previous: z.string().optional(), next: z.string().optional() }).optional(),
});

export type Insight = z.infer<typeof insightSchema>;
export type DemographicsInsight = z.infer<typeof demographicsInsightSchema>;
export type InsightsPaging = z.infer<typeof insightsEnvelopeSchema>['paging'];

/** The object an insight belongs to: the id before "/insights/". */
export const insightObjectId = (insight: { id: string }): string =>
  insight.id.slice(0, insight.id.indexOf('/insights/'));
