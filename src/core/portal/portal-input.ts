// What the creator sends from the portal's forms (validated like every other boundary).
import { z } from 'zod';
import { httpUrl } from '../content/content-input.ts';

export const acceptTermsSchema = z.object({
  typed_name: z.string().trim().min(2, 'type your full name').max(200),
  terms_sha256: z.string().regex(/^[0-9a-f]{64}$/, 'the hash of the terms shown'),
});

export const proposeTermsSchema = z.object({
  message: z.string().trim().min(1, 'say what you would change').max(5000),
  fee: z
    .string()
    .trim()
    .max(20)
    .regex(/^(\d+([.,]\d{1,3})?)?$/, 'an amount such as 350 or 350.00')
    .optional(),
});

export const shippingAddressSchema = z.object({
  name: z.string().trim().min(1).max(200),
  address1: z.string().trim().min(1).max(300),
  address2: z.string().trim().max(300).optional(),
  city: z.string().trim().min(1).max(120),
  zip: z.string().trim().min(1).max(20),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'a two-letter country code such as GB')
    .transform((c) => c.toUpperCase()),
  phone: z.string().trim().max(40).optional(),
});

export const draftUrlSchema = z.object({
  url: httpUrl,
  deliverable: z.coerce.number().int().min(1).max(20).optional(),
  comment: z.string().trim().max(5000).optional(),
});

export const commentSchema = z.object({ body: z.string().trim().min(1).max(5000) });
