import type { z } from 'zod';

/** A zod result → the value, or its first issues as "path: message" (path "(root)" for the whole payload). */
export function validated<S extends z.ZodType>(schema: S, payload: unknown): { value: z.infer<S> } | { issues: { path: string; message: string }[] } {
  const result = schema.safeParse(payload);
  if (result.success) return { value: result.data };
  return { issues: result.error.issues.slice(0, 10).map((i) => ({ path: i.path.length ? i.path.join('.') : '(root)', message: i.message })) };
}

export const issuesText = (issues: { path: string; message: string }[]) => issues.map((i) => `${i.path}: ${i.message}`).join('; ');
