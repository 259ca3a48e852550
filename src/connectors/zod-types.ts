// Small zod building blocks shared by the connectors.
import { z } from 'zod';
import { toIsoUtc } from '../core/time/to-iso-utc.ts';

/** An ISO-8601 instant with a zone, turned into canonical UTC. */
export const isoInstant = z.string().transform((s, ctx) => {
  const iso = toIsoUtc(s);
  if (iso === undefined) {
    ctx.addIssue({ code: 'custom', message: 'expected an ISO-8601 date-time with a time zone' });
    return z.NEVER;
  }
  return iso;
});

/** A count: a non-negative integer. */
export const count = z.number().int().nonnegative();

/** A count sent as a JSON string of digits (YouTube statistics), as a number. */
export const digitCount = z.string().transform((s, ctx) => {
  if (!/^\d+$/.test(s)) {
    ctx.addIssue({ code: 'custom', message: 'expected a count as a string of digits' });
    return z.NEVER;
  }
  const n = Number(s);
  if (!Number.isSafeInteger(n)) {
    ctx.addIssue({ code: 'custom', message: 'count is too large to be exact' });
    return z.NEVER;
  }
  return n;
});

/** A platform object id: a non-empty string without spaces or slashes. */
export const objectId = z.string().regex(/^[^\s/]+$/, { message: 'expected an object id' });
