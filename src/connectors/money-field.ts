// zod pieces shared by the store connectors: money arrives as decimal strings (sometimes numbers).
import { z } from 'zod';

export const decimal = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const text = String(v).trim();
  if (!/^-?\d+(\.\d+)?$/.test(text)) {
    ctx.addIssue({ code: 'custom', message: `not a decimal amount: "${text}"` });
    return z.NEVER;
  }
  return text;
});

export const optionalDecimal = decimal.nullish();

export const externalId = z.union([z.string().min(1), z.number().int()]).transform(String);
