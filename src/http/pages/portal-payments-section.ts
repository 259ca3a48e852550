// The creator portal's money sections: her statement for this campaign (what, when, why; payable or on hold until a
// date; balances per currency), her balances across the brand's campaigns with the payments sent to her, and her
// payout details and tax form (shown masked once saved; the form is always empty, so a full account number or tax
// id is never written into a page).
import { html, raw } from 'hono/html';
import type { LedgerKind } from '../../core/ledger/ledger-kinds.ts';
import type { StatementLine } from '../../core/ledger/statement.ts';
import type { PayoutDetails } from '../../core/payouts/payout-details.ts';
import type { PortalPayments } from '../../services/portal/load-portal-payments.ts';
import { formatDate, formatDateTime, formatMoney } from './portal-format.ts';

const KIND_WORDS: Record<LedgerKind, string> = {
  accrual: 'Commission on an order',
  reversal: 'Refund or cancellation',
  fee: 'Fee',
  adjustment: 'Adjustment',
  payout: 'Paid to you',
  payout_return: 'Payment returned',
};
const METHOD_WORDS: Record<PayoutDetails['method'], string> = {
  paypal: 'PayPal',
  wise: 'Wise',
  bank: 'Bank transfer',
  stripe: 'Stripe',
};
const CLASSIFICATIONS = {
  individual: 'Individual / sole proprietor',
  c_corporation: 'C corporation',
  s_corporation: 'S corporation',
  partnership: 'Partnership',
  trust_estate: 'Trust / estate',
  llc: 'LLC',
} as const;

interface Options {
  base: string;
  locale: string;
}

export function statementSection(p: PortalPayments, o: Options) {
  const { balances, lines } = p.statement;
  const money = (minor: number, currency: string) => formatMoney(o.locale, minor, currency);
  const entry = (
    l: StatementLine,
  ) => html`<li><strong>${KIND_WORDS[l.kind]}: ${money(l.amountMinor, l.currency)}</strong><br>${l.reason}<br>
    <span class="muted">${formatDate(o.locale, l.occurredAt)} · ${
      l.payable ? 'payable' : `on hold until ${formatDate(o.locale, l.availableAt)}`
    }</span></li>`;
  const payouts = p.overall.payouts.map(
    (
      l,
    ) => html`<li><strong>${KIND_WORDS[l.kind]}: ${money(Math.abs(l.amountMinor), l.currency)}</strong><br>${l.reason}<br>
    <span class="muted">${formatDate(o.locale, l.occurredAt)}</span></li>`,
  );
  return html`
<h2 id="statement">Your statement</h2>
${
  lines.length === 0
    ? html`<p class="muted">Nothing is booked for you in this campaign yet.</p>`
    : html`${balances.map(
        (b) => html`<dl class="balance">
  <dt>Currency</dt><dd>${b.currency}</dd>
  <dt>Payable now</dt><dd>${money(b.payableMinor, b.currency)}</dd>
  <dt>On hold</dt><dd>${money(b.pendingMinor, b.currency)}</dd>
</dl>`,
      )}
<ul class="plain">${lines.map(entry)}</ul>`
}
<h3 id="statement-all">All your campaigns with this brand</h3>
<p class="muted">Payments cover your whole balance with the brand, so they are listed here, not per campaign.</p>
${
  p.overall.balances.length === 0
    ? html`<p class="muted">Nothing is booked for you yet.</p>`
    : p.overall.balances.map(
        (b) => html`<dl class="balance-all">
  <dt>Currency</dt><dd>${b.currency}</dd>
  <dt>Payable now</dt><dd>${money(b.payableMinor, b.currency)}</dd>
  <dt>On hold</dt><dd>${money(b.pendingMinor, b.currency)}</dd>
  <dt>Paid to you</dt><dd>${money(b.paidMinor, b.currency)}</dd>
</dl>`,
      )
}
${payouts.length > 0 ? html`<ul class="plain">${payouts}</ul>` : html`<p class="muted">No payment has been sent to you yet.</p>`}
<p class="muted">As of ${formatDateTime(o.locale, p.statement.asOf)} (UTC). The brand sees the same statement.</p>`;
}

function savedDetails(d: PayoutDetails, updatedAt: string, o: Options) {
  const row = (label: string, value: string | undefined) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : '');
  const tax = d.tax_form;
  return html`<p class="status ok">Saved on ${formatDateTime(o.locale, updatedAt)} (UTC).</p>
<dl id="payout-saved">
  ${row('Method', METHOD_WORDS[d.method])}${row('Account holder', d.account_holder_name)}${row('Email', d.email)}
  ${row('PayPal email', d.paypal_email)}${row('IBAN', d.iban)}${row('BIC', d.bic)}${row('Account number', d.account_number)}
  ${row('Routing number', d.routing_number)}${row('Bank country', d.bank_country)}${row('Stripe account', d.stripe_account_id)}
  ${
    tax?.form === 'W-9'
      ? html`${row('Tax form', 'W-9')}${row('Legal name', tax.legal_name)}${row(tax.tin_type, tax.tin)}`
      : tax?.form === 'W-8BEN'
        ? html`${row('Tax form', 'W-8BEN')}${row('Name', tax.name)}${row('Citizenship', tax.country_of_citizenship)}${row('Foreign tax id', tax.foreign_tin)}`
        : row('Tax form', 'not given')
  }
</dl>`;
}

export function payoutDetailsSection(p: PortalPayments, o: Options) {
  // `extra` is attribute markup written here (never request data): inserted as is, or the browser would see
  // autocomplete=&quot;name&quot; and lose `required`, `type` and `maxlength`.
  const field = (name: string, label: string, extra = '') =>
    html`<label for="pd-${name}">${label}</label><input id="pd-${name}" name="${name}" ${raw(extra)}>`;
  const options = (entries: [string, string][]) =>
    entries.map(([value, label]) => html`<option value="${value}">${label}</option>`);
  return html`
<h2 id="payout">How you get paid</h2>
${p.details ? savedDetails(p.details.masked, p.details.updatedAt, o) : html`<p class="muted">You have not given payout details yet.</p>`}
<form method="post" action="${o.base}/payout-details">
  <p class="muted">Saving replaces the details you gave before. After saving, we show only the last 4 characters of account numbers and tax ids.</p>
  <label for="pd-method">Method</label>
  <select id="pd-method" name="method" required>${options(Object.entries(METHOD_WORDS))}</select>
  ${field('account_holder_name', 'Account holder name', 'autocomplete="name" required maxlength="200"')}
  ${field('paypal_email', 'PayPal email (for PayPal)', 'type="email" autocomplete="email"')}
  ${field('email', 'Email (for Wise)', 'type="email" autocomplete="email"')}
  ${field('iban', 'IBAN (bank transfer)', 'autocomplete="off" maxlength="42"')}
  ${field('bic', 'BIC (bank transfer)', 'autocomplete="off" maxlength="11"')}
  ${field('account_number', 'Account number (US bank transfer)', 'inputmode="numeric" autocomplete="off" maxlength="17"')}
  ${field('routing_number', 'Routing number (US bank transfer)', 'inputmode="numeric" autocomplete="off" maxlength="9"')}
  ${field('bank_country', 'Bank country code (2 letters)', 'maxlength="2"')}
  ${field('stripe_account_id', 'Stripe account id (acct_…, if the brand pays with Stripe)', 'autocomplete="off"')}
  <label for="pd-tax_form">Tax form</label>
  <select id="pd-tax_form" name="tax_form">${options([
    ['', 'Not now'],
    ['W-9', 'W-9 (I am a US person)'],
    ['W-8BEN', 'W-8BEN (I am not a US person)'],
  ])}</select>
  <details><summary>W-9 fields (US persons)</summary>
  ${field('legal_name', 'Legal name', 'maxlength="200"')}${field('business_name', 'Business name (optional)', 'maxlength="200"')}
  <label for="pd-tax_classification">Tax classification</label>
  <select id="pd-tax_classification" name="tax_classification">${options(Object.entries(CLASSIFICATIONS))}</select>
  <label for="pd-tin_type">Tax id type</label>
  <select id="pd-tin_type" name="tin_type">${options([
    ['SSN', 'SSN'],
    ['EIN', 'EIN'],
  ])}</select>
  ${field('tin', 'SSN or EIN', 'autocomplete="off" maxlength="11"')}
  ${field('address', 'Address', 'maxlength="300"')}${field('city_state_zip', 'City, state and ZIP code', 'maxlength="200"')}
  </details>
  <details><summary>W-8BEN fields (everyone else)</summary>
  ${field('name', 'Name', 'maxlength="200"')}
  ${field('country_of_citizenship', 'Country of citizenship (2 letters)', 'maxlength="2"')}
  ${field('permanent_address', 'Permanent address', 'maxlength="300"')}
  ${field('city_postal_country', 'City, postal code and country', 'maxlength="200"')}
  ${field('foreign_tin', 'Tax id in your country (optional)', 'autocomplete="off" maxlength="50"')}
  ${field('date_of_birth', 'Date of birth', 'type="date"')}
  ${field('treaty_country', 'Treaty country (2 letters, optional)', 'maxlength="2"')}
  </details>
  <button type="submit" class="secondary">Save the payout details</button>
</form>`;
}
