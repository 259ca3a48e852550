// A creator's statement for the finance role: balances (payable, in hold, paid), every ledger entry with
// what, when and why, her payout details (masked) and an adjustment form. Shown on the creator page.
import { useState } from 'react';
import { money, toMinor } from '../lib/format.ts';
import { payoutsApi } from '../lib/payouts-api.ts';
import { Can } from '../lib/permissions.tsx';
import { useApi } from '../lib/use-api.ts';
import { ErrorBox, Loading } from './states.tsx';

const KIND_LABEL: Record<string, string> = {
  accrual: 'Commission',
  reversal: 'Commission reversed',
  fee: 'Fee',
  adjustment: 'Adjustment',
  payout: 'Payout',
  payout_return: 'Payout returned',
};

export function CreatorStatement({ creatorId, campaignId }: { creatorId: number; campaignId?: number }) {
  const statement = useApi(() => payoutsApi.statement(creatorId, campaignId), `${creatorId}:${campaignId ?? ''}`);
  if (statement.error?.status === 404) return null;
  if (statement.error) return <ErrorBox error={statement.error} retry={statement.reload} />;
  if (!statement.data) return <Loading what="statement" />;
  const s = statement.data;
  return (
    <section className="card" aria-label="Statement">
      <h2>Statement</h2>
      {s.balances.length === 0 && <p className="muted">Nothing booked yet.</p>}
      {s.balances.map((b) => (
        <p key={b.currency}>
          Payable now <strong>{money(b.payable_minor, b.currency)}</strong>
          {b.pending_minor !== 0 && <> · in hold {money(b.pending_minor, b.currency)}</>} · paid{' '}
          {money(b.paid_minor, b.currency)}
          <span className="muted">
            {' '}
            (commission {money(b.accruals_minor, b.currency)} − reversed {money(b.reversals_minor, b.currency)} + fees{' '}
            {money(b.fees_minor, b.currency)} + adjustments {money(b.adjustments_minor, b.currency)} − paid{' '}
            {money(b.paid_minor, b.currency)})
          </span>
        </p>
      ))}
      {s.lines.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>When</th>
              <th>What</th>
              <th>Why</th>
              <th className="num">Amount</th>
              <th>Payable</th>
              <th className="num">Running</th>
            </tr>
          </thead>
          <tbody>
            {s.lines.map((l) => (
              <tr key={l.id}>
                <td>{l.occurred_at.slice(0, 10)}</td>
                <td>{KIND_LABEL[l.kind] ?? l.kind}</td>
                <td>{l.reason}</td>
                <td className="num">{money(l.amount_minor, l.currency)}</td>
                <td>{l.payable ? 'yes' : `from ${l.available_at.slice(0, 10)}`}</td>
                <td className="num">{money(l.running_minor, l.currency)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Can do="payouts.manage">
        <PayoutDetails creatorId={creatorId} />
      </Can>
      <Can do="ledger.adjust">
        <AdjustForm creatorId={creatorId} currency={s.balances[0]?.currency ?? 'USD'} done={statement.reload} />
      </Can>
    </section>
  );
}

function PayoutDetails({ creatorId }: { creatorId: number }) {
  const details = useApi(() => payoutsApi.details(creatorId), String(creatorId));
  if (!details.data) return null;
  const d = details.data.details;
  return (
    <div>
      <h3>Payout details</h3>
      {d === null ? (
        <p className="muted">None given yet (the creator enters them in the portal).</p>
      ) : (
        <p>
          {d.method} · {d.account_holder_name}
          {d.paypal_email && <> · PayPal {d.paypal_email}</>}
          {d.iban && <> · IBAN {d.iban}</>}
          {d.account_number && <> · account {d.account_number}</>}
          {d.stripe_account_id && <> · Stripe {d.stripe_account_id}</>}
          {d.tax_form && <> · tax form {d.tax_form.form}</>}
        </p>
      )}
    </div>
  );
}

function AdjustForm({ creatorId, currency, done }: { creatorId: number; currency: string; done: () => void }) {
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  // One key per intended adjustment: a double click or a retry books it once.
  const [key, setKey] = useState(() => crypto.randomUUID());
  const submit = async () => {
    const minor = toMinor(amount, currency);
    if (minor === null || minor === 0) return setError(`Enter a non-zero amount in ${currency}`);
    try {
      await payoutsApi.adjust(creatorId, { amount_minor: minor, currency, reason }, key);
      setAmount('');
      setReason('');
      setError(null);
      setKey(crypto.randomUUID());
      done();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <form
      className="inline"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>Adjust the balance</h3>
      <label>
        Amount ({currency}, − to take back)
        <input value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" required />
      </label>
      <label>
        Reason
        <input value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={500} />
      </label>
      <button type="submit">Book adjustment</button>
      {error && <p className="error">{error}</p>}
    </form>
  );
}
