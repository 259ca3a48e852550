// Shapes shared by every API route: the one error format, pagination, numeric ids. The OpenAPI
// document is generated from these same zod schemas (src/http/openapi).
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from '../../core/app-error.ts';

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      details: z.array(
        z.object({ path: z.string().describe('dotted field path, or the record ("row 12")'), message: z.string() }),
      ),
    }),
  })
  .describe('Every error: a code, a readable message, and the fields at fault.');

export const pageFields = {
  page: z.coerce.number().int().min(1).default(1).describe('1-based page number'),
  per_page: z.coerce.number().int().min(1).max(200).default(50).describe('items per page (at most 200)'),
};

export const pageQuery = z.object(pageFields).strict();

/** A page of a list: the items plus where they sit in the whole. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    page: z.number().int(),
    per_page: z.number().int(),
    total: z.number().int().describe('items matching, over all pages'),
    total_pages: z.number().int().describe('pages of per_page items (0 when nothing matches)'),
  });

export const idParam = z.object({ id: z.coerce.number().int().positive() });
