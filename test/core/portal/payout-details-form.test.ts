// The flat portal form becomes the payout-details shape: empty inputs absent, codes upper-cased, only the chosen tax
// form's fields read, and an unknown form name passed on for the schema to refuse.
import { describe, expect, it } from 'vitest';
import { payoutDetailsFromForm } from '../../../src/core/portal/payout-details-form.ts';
import { payoutDetailsSchema } from '../../../src/core/payouts/payout-details.ts';

const reader = (fields: Record<string, string>) => (name: string) => fields[name];

describe('payoutDetailsFromForm', () => {
  it('keeps filled fields, upper-cases codes and reads only the chosen tax form', () => {
    const mapped = payoutDetailsFromForm(
      reader({
        method: 'wise',
        account_holder_name: ' Ana Lima ',
        email: 'ana@example.com',
        iban: '',
        bank_country: 'pt',
        tax_form: 'W-8BEN',
        name: 'Ana Lima',
        country_of_citizenship: 'pt',
        permanent_address: 'Rua Augusta 1',
        city_postal_country: 'Lisboa',
        date_of_birth: '1995-04-02',
        legal_name: 'left from the W-9 fields',
        tin: '123-45-6789',
      }),
    );
    expect(mapped).toEqual({
      method: 'wise',
      account_holder_name: 'Ana Lima',
      email: 'ana@example.com',
      bank_country: 'PT',
      tax_form: {
        form: 'W-8BEN',
        name: 'Ana Lima',
        country_of_citizenship: 'PT',
        permanent_address: 'Rua Augusta 1',
        city_postal_country: 'Lisboa',
        date_of_birth: '1995-04-02',
      },
    });
    expect(payoutDetailsSchema.safeParse(mapped).success).toBe(true);
  });

  it('leaves the tax form out when none is chosen, and passes an unknown one on to be refused', () => {
    expect(payoutDetailsFromForm(reader({ method: 'paypal', tin: '123-45-6789' }))).toEqual({ method: 'paypal' });
    const unknown = payoutDetailsFromForm(reader({ method: 'paypal', tax_form: '1099', tin: '1' }));
    expect(unknown).toEqual({ method: 'paypal', tax_form: { form: '1099' } });
    const refused = payoutDetailsSchema.safeParse({ ...unknown, account_holder_name: 'Ana' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((i) => i.path.join('.'))).toEqual(['tax_form.form']);
  });
});
