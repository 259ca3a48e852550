// Payouts for the finance role: prepare a batch of everything payable, review its lines (exclude with a
// reason), download the payment file, then mark it paid. Earlier batches below, newest first.
import { useState } from 'react';
import { ErrorBox, Empty, Loading } from '../components/states.tsx';
import { money } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { PAYOUT_FILES, type PayoutBatchBody, payoutsApi } from '../lib/payouts-api.ts';
import { Can, useCan } from '../lib/permissions.tsx';
import { useApi } from '../lib/use-api.ts';

export function PayoutsPage() {
  const batches = useApi(() => payoutsApi.batches(), 'batches');
  const [error, setError] = useState<string | null>(null);
  const act = (f: () => Promise<unknown>) =>
    void f().then(
      () => {
        setError(null);
        batches.reload();
      },
      (e: Error) => setError(e.message),
    );
  return (
    <>
      <h1>Payouts</h1>
      <p className="muted">
        A batch holds everything payable (commission past its campaign's hold, fees, adjustments) — one line per creator
        per currency.
      </p>
      <Can do="payouts.manage">
        <button type="button" onClick={() => act(() => payoutsApi.prepare())}>
          Prepare a batch
        </button>
      </Can>
      {error && <p className="error">{error}</p>}
      {batches.error && <ErrorBox error={batches.error} retry={batches.reload} />}
      {!batches.data && !batches.error && <Loading what="payout batches" />}
      {batches.data?.items.length === 0 && <Empty title="No payout batch yet" />}
      {batches.data?.items.map((b) => (
        <Batch key={b.id} batch={b} act={act} />
      ))}
    </>
  );
}

function Batch({ batch: b, act }: { batch: PayoutBatchBody; act: (f: () => Promise<unknown>) => void }) {
  const manage = useCan('payouts.manage');
  const [via, setVia] = useState<(typeof PAYOUT_FILES)[number]>('paypal-csv');
  const draft = b.status === 'draft';
  return (
    <section className="card" aria-label={`Payout batch ${b.id}`}>
      <h2>
        Batch {b.id} · {draft ? 'draft' : `paid ${b.paid_at?.slice(0, 10) ?? ''} via ${b.paid_via ?? ''}`}
      </h2>
      <p className="muted">
        Payable as of {b.as_of.slice(0, 16).replace('T', ' ')} ·{' '}
        {b.totals.map((t) => `${money(t.amount_minor, t.currency)} in ${t.lines} line(s)`).join(' · ') ||
          'nothing to pay'}
      </p>
      {b.lines.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>Creator</th>
              <th className="num">Amount</th>
              <th>Status</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {b.lines.map((l) => (
              <tr key={l.id}>
                <td>
                  <Link to={`/creators/${l.creator.id}`}>{l.creator.name ?? `Creator ${l.creator.id}`}</Link>
                </td>
                <td className="num">{money(l.amount_minor, l.currency)}</td>
                <td>
                  {l.status}
                  {l.excluded_reason && ` — ${l.excluded_reason}`}
                  {l.failure_reason && ` — ${l.failure_reason}`}
                </td>
                <td>
                  {manage && draft && l.status === 'proposed' && (
                    <button
                      type="button"
                      className="small"
                      onClick={() => {
                        const reason = window.prompt('Why exclude this line?');
                        if (reason) act(() => payoutsApi.exclude(l.id, reason));
                      }}
                    >
                      Exclude
                    </button>
                  )}
                  {manage && draft && l.status === 'excluded' && (
                    <button type="button" className="small" onClick={() => act(() => payoutsApi.include(l.id))}>
                      Include
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {manage && draft && b.totals.length > 0 && (
        <p className="inline">
          <label>
            Payment file
            <select value={via} onChange={(e) => setVia(e.target.value as typeof via)}>
              {PAYOUT_FILES.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </select>
          </label>
          <a className="button" href={payoutsApi.exportUrl(b.id, via)} download>
            Download {via}
          </a>
          <button
            type="button"
            onClick={() => {
              if (window.confirm(`Mark batch ${b.id} paid via ${via}? Each line becomes a payout in the ledger.`))
                act(() => payoutsApi.markPaid(b.id, via));
            }}
          >
            Mark paid
          </button>
        </p>
      )}
    </section>
  );
}
