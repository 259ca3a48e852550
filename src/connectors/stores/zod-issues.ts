import type { z } from 'zod';

/** A zod result → the value, or its first issues as "path: message" (path "(root)" for the whole payload). */
export interface Issue {
  path: string;
  message: string;
}

export function validated<S extends z.ZodType>(
  schema: S,
  payload: unknown,
): { value: z.infer<S> } | { issues: Issue[] } {
  const result = schema.safeParse(payload);
  if (result.success) return { value: result.data };
  const issues = result.error.issues.slice(0, 10);
  return { issues: issues.map((i) => ({ path: i.path.length ? i.path.join('.') : '(root)', message: i.message })) };
}

export const issuesText = (issues: Issue[]) => issues.map((i) => `${i.path}: ${i.message}`).join('; ');
