// The portal's payout-details form is flat (no script, one field per input): this turns its fields into the shape
// the payout-details schema (core/payouts/payout-details.ts) validates, so the portal and the API share one
// validation. Only the fields of the chosen tax form are read; empty inputs are absent, not "".
export const PAYOUT_FIELDS = [
  'method',
  'account_holder_name',
  'email',
  'paypal_email',
  'iban',
  'bic',
  'account_number',
  'routing_number',
  'bank_country',
  'stripe_account_id',
] as const;

export const W9_FIELDS = [
  'legal_name',
  'business_name',
  'tax_classification',
  'tin_type',
  'tin',
  'address',
  'city_state_zip',
] as const;

export const W8BEN_FIELDS = [
  'name',
  'country_of_citizenship',
  'permanent_address',
  'city_postal_country',
  'foreign_tin',
  'date_of_birth',
  'treaty_country',
] as const;

// Codes are stored upper-case; a phone keyboard may offer lower case.
const UPPER = new Set(['bic', 'bank_country', 'country_of_citizenship', 'treaty_country']);

export function payoutDetailsFromForm(read: (name: string) => string | undefined): Record<string, unknown> {
  const pick = (names: readonly string[]) =>
    Object.fromEntries(
      names.flatMap((n) => {
        const v = read(n)?.trim();
        return v ? [[n, UPPER.has(n) ? v.toUpperCase() : v]] : [];
      }),
    );
  const form = read('tax_form')?.trim();
  // An unknown form name is passed on as it is, so the schema names tax_form.form as the field at fault.
  const taxForm = !form
    ? undefined
    : { form, ...(form === 'W-9' ? pick(W9_FIELDS) : form === 'W-8BEN' ? pick(W8BEN_FIELDS) : {}) };
  return { ...pick(PAYOUT_FIELDS), ...(taxForm ? { tax_form: taxForm } : {}) };
}
