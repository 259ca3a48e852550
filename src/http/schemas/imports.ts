// Request and response schemas of /api/v1/imports (creator CSV upload, follower / commenter profile
// lists, and the workspace's import runs).
import { z } from 'zod';
import { PLATFORMS } from '../../core/creators/creator-record.ts';
import { pageFields } from './common.ts';

/** At most this many bytes per uploaded file (a 100,000-row export is well under it). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** One correction of the column mapping: column N feeds this field (a name from `fields`), or nothing (null). */
export const columnOverrideSchema = z
  .object({
    column: z.number().int().nonnegative().describe('0-based position of the column in the file'),
    field: z
      .string()
      .min(1)
      .max(60)
      .nullable()
      .describe('what the column feeds (handle, followers:youtube…), null: not read'),
  })
  .strict();

const mappingText = z
  .string()
  .max(50_000)
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'expected JSON: [{"column": 3, "field": "handle"}, …]' });
      return z.NEVER;
    }
  })
  .pipe(z.array(columnOverrideSchema).max(1000));

const mappingDoc = z
  .string()
  .optional()
  .describe(
    'JSON list of corrections to the column mapping: [{"column":3,"field":"handle"},{"column":5,"field":null}]',
  );

/** The multipart form: the file, and the options the CLI has too. */
export const importUploadSchema = z
  .object({
    file: z
      .instanceof(File, { message: 'a CSV file in the "file" field' })
      .describe('the CSV file (multipart part "file")')
      .refine((f) => f.size > 0, 'the file is empty')
      .refine((f) => f.size <= MAX_IMPORT_BYTES, `at most ${MAX_IMPORT_BYTES / 1024 / 1024} MiB`),
    platform: z.enum(PLATFORMS).optional().describe('platform of every row, when the file does not say'),
    observed_at: z
      .string()
      .regex(/^\d{4}-\d{2}(-\d{2})?(T.*)?$/, 'a date like 2022-03-01')
      .optional()
      .describe('when the numbers were true'),
    mapping: mappingText.optional(),
  })
  .strict();

/** The same form as the OpenAPI document describes it (a file is a binary string there). */
export const importUploadDoc = z.object({
  file: z.string().meta({ format: 'binary', contentMediaType: 'text/csv' }).describe('the CSV file'),
  platform: z.enum(PLATFORMS).optional().describe('platform of every row, when the file does not say'),
  observed_at: z.string().optional().describe('when the numbers were true: 2022-03-01, 2022-03 or an ISO timestamp'),
  mapping: mappingDoc,
});

const rejectionSchema = z.object({
  record: z.string().describe('"row 12" (the header is row 1)'),
  field: z.string().describe('the column at fault'),
  reason: z.string(),
});

const columnMappingSchema = z.object({
  column: z.number().int().describe('0-based position'),
  header: z.string(),
  field: z.string().nullable().describe('what the column feeds (handle, followers, handle:instagram…); null = ignored'),
  note: z.string().optional(),
});

export const importSummarySchema = z.object({
  import_id: z.number(),
  kind: z.string(),
  file: z.string(),
  imported: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  columns: z.array(columnMappingSchema),
  rejections: z.array(rejectionSchema),
  warnings: z.array(z.string()),
  creator_ids: z.array(z.number()),
});

const previewAccountSchema = z.object({
  platform: z.enum(PLATFORMS),
  handle: z.string(),
  followers: z.number().int().nullable(),
  following: z.number().int().nullable(),
  posts_count: z.number().int().nullable(),
  reported: z
    .record(z.string(), z.union([z.number(), z.string()]))
    .describe('other numbers the file reports, by metric'),
});

/** One of the first rows of the file, as it will be read. */
export const previewRowSchema = z.object({
  row: z.string().describe('"row 2" (the header is row 1)'),
  status: z.enum(['read', 'rejected']),
  creator: z
    .object({
      display_name: z.string().nullable(),
      email: z.string().nullable(),
      country: z.string().nullable(),
      language: z.string().nullable(),
      categories: z.array(z.string()),
      accounts: z.array(previewAccountSchema),
    })
    .nullable(),
  rejection: rejectionSchema.nullable(),
});

export const importPreviewSchema = z.object({
  file: z.string(),
  columns: z.array(columnMappingSchema),
  fields: z.array(z.string()).describe('every meaning a column can be given in `mapping`'),
  rows: z.array(previewRowSchema).describe('the first rows of the file, as they will be imported'),
  total_rows: z.number().int().describe('rows that will be imported'),
  rejected: z.number().int().describe('rows that will be rejected'),
  warnings: z.array(z.string()),
});

/** A follower / commenter profile list: CSV or JSON. */
export const profileUploadSchema = z
  .object({
    file: z
      .instanceof(File, { message: 'a CSV or JSON file in the "file" field' })
      .describe('the profile list (multipart part "file")')
      .refine((f) => f.size > 0, 'the file is empty')
      .refine((f) => f.size <= MAX_IMPORT_BYTES, `at most ${MAX_IMPORT_BYTES / 1024 / 1024} MiB`),
    platform: z
      .enum(PLATFORMS)
      .optional()
      .describe('platform of the profiles (default instagram; only Instagram profiles are judged)'),
    source: z.string().min(1).max(200).optional().describe('where the numbers came from (default: the file name)'),
  })
  .strict();

export const profileUploadDoc = z.object({
  file: z
    .string()
    .meta({ format: 'binary', contentMediaType: 'text/csv' })
    .describe('the profile list, CSV or JSON (an array, or {"data": [...]})'),
  platform: z
    .enum(PLATFORMS)
    .optional()
    .describe('platform of the profiles (default instagram; only Instagram profiles are judged)'),
  source: z.string().optional().describe('where the numbers came from (default: the file name)'),
});

export const profileImportSummarySchema = z.object({
  kind: z.literal('profile_list'),
  file: z.string(),
  platform: z.enum(PLATFORMS),
  imported: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  rejections: z.array(rejectionSchema),
  warnings: z.array(z.string()),
  accounts_rescored: z.number().int().describe('accounts re-scored because these people commented on them'),
});

export const importListQuery = z.object({ ...pageFields }).strict();

export const importRunSchema = z.object({
  id: z.number(),
  kind: z.string(),
  file_name: z.string(),
  status: z.enum(['running', 'succeeded', 'partial', 'failed', 'interrupted']),
  started_at: z.string(),
  finished_at: z.string().nullable(),
  imported: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  rejections: z.array(rejectionSchema),
});

export type ImportSummaryBody = z.infer<typeof importSummarySchema>;
export type ImportPreviewBody = z.infer<typeof importPreviewSchema>;
export type ImportRunBody = z.infer<typeof importRunSchema>;
export type ProfileImportSummaryBody = z.infer<typeof profileImportSummarySchema>;
