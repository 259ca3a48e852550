// A payload that fails its schema becomes one rejection: the record, the JSON path of the first
// problem (from the file's root) and zod's reason, with a count of any further problems.
import type { z } from 'zod';
import { formatJsonPath } from '../core/imports/format-json-path.ts';
import type { Rejection } from '../core/imports/rejection.ts';

export function zodRejection(record: string, error: z.ZodError, prefix: readonly PropertyKey[] = []): Rejection {
  const [first, ...rest] = error.issues;
  const where = (issue: z.core.$ZodIssue) => formatJsonPath([...prefix, ...issue.path]);
  if (!first) return { record, field: formatJsonPath(prefix), reason: 'invalid payload' };
  const more =
    rest.length === 0
      ? ''
      : ` (and ${rest.length} more: ${rest
          .slice(0, 3)
          .map((i) => `${where(i)}: ${i.message}`)
          .join('; ')}${rest.length > 3 ? '; …' : ''})`;
  return { record, field: where(first), reason: `${first.message}${more}` };
}
