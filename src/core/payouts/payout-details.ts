// A creator's payout details and tax form fields (W-9 for US persons, W-8BEN for foreign individuals),
// as the finance role or the creator enters them. Stored sealed (services/payouts/payout-details-store.ts).
import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

export const w9Schema = z.object({
  form: z.literal('W-9'),
  legal_name: text(200),
  business_name: z.string().trim().max(200).optional(),
  tax_classification: z.enum(['individual', 'c_corporation', 's_corporation', 'partnership', 'trust_estate', 'llc']),
  tin_type: z.enum(['SSN', 'EIN']),
  tin: z.string().regex(/^\d{3}-?\d{2}-?\d{4}$|^\d{2}-?\d{7}$/, 'an SSN (123-45-6789) or EIN (12-3456789)'),
  address: text(300),
  city_state_zip: text(200),
});

export const w8benSchema = z.object({
  form: z.literal('W-8BEN'),
  name: text(200),
  country_of_citizenship: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 country code'),
  permanent_address: text(300),
  city_postal_country: text(200),
  foreign_tin: z.string().trim().max(50).optional(),
  date_of_birth: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD'),
  treaty_country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
});

export const payoutDetailsSchema = z.object({
  method: z.enum(['paypal', 'wise', 'bank', 'stripe']),
  account_holder_name: text(200),
  email: z.email().optional(),
  paypal_email: z.email().optional(),
  iban: z
    .string()
    .transform((s) => s.replace(/\s+/g, '').toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/, 'an IBAN'))
    .optional(),
  bic: z
    .string()
    .regex(/^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/, 'a BIC (8 or 11 characters)')
    .optional(),
  account_number: z
    .string()
    .regex(/^\d{4,17}$/, '4 to 17 digits')
    .optional(),
  routing_number: z
    .string()
    .regex(/^\d{9}$/, 'a 9-digit ABA routing number')
    .optional(),
  bank_country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 country code')
    .optional(),
  stripe_account_id: z
    .string()
    .regex(/^acct_[A-Za-z0-9]+$/, 'a Stripe connected account id (acct_…)')
    .optional(),
  tax_form: z.discriminatedUnion('form', [w9Schema, w8benSchema]).optional(),
});

export type PayoutDetails = z.infer<typeof payoutDetailsSchema>;

/** The same details with identifiers masked for display (last 4 characters kept). */
export function maskPayoutDetails(d: PayoutDetails): PayoutDetails {
  const mask = (s: string | undefined) => (s === undefined ? undefined : `••••${s.slice(-4)}`);
  const tax = d.tax_form;
  return {
    ...d,
    iban: mask(d.iban),
    account_number: mask(d.account_number),
    tax_form:
      tax === undefined
        ? undefined
        : tax.form === 'W-9'
          ? { ...tax, tin: mask(tax.tin)! }
          : { ...tax, foreign_tin: mask(tax.foreign_tin) },
  };
}
