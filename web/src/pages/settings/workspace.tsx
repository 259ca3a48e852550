// Brand name and currency, site domains (the tenancy API), and currency rates.
import { useEffect, useState, type FormEvent } from 'react';
import { ErrorBox } from '../../components/states.tsx';
import type { MeBody } from '../../lib/api.ts';
import { useCan } from '../../lib/permissions.tsx';
import { teamApi } from '../../lib/team-api.ts';
import { useApi } from '../../lib/use-api.ts';
import { useAction } from './use-action.ts';

export function BrandForm({ me, onSaved }: { me: MeBody; onSaved: () => void }) {
  const can = useCan('workspace.settings');
  const [name, setName] = useState(me.workspace.name);
  const [currency, setCurrency] = useState(me.workspace.currency);
  const action = useAction();
  const save = (e: FormEvent) => {
    e.preventDefault();
    void action.run(() => teamApi.saveWorkspace({ name, currency: currency.toUpperCase() }), onSaved);
  };
  return (
    <form className="form-grid card narrow" onSubmit={save}>
      <h3>Brand</h3>
      <label>
        Brand name{' '}
        <input required maxLength={80} value={name} disabled={!can} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Currency of reports and prices (ISO code){' '}
        <input
          required
          pattern="[A-Za-z]{3}"
          maxLength={3}
          value={currency}
          disabled={!can}
          onChange={(e) => setCurrency(e.target.value)}
        />
      </label>
      {can && (
        <div className="actions">
          <button type="submit" className="primary" disabled={action.busy}>
            Save
          </button>
        </div>
      )}
      <ErrorBox error={action.error} />
    </form>
  );
}

export function DomainsForm({ onSaved }: { onSaved?: () => void }) {
  const can = useCan('workspace.settings');
  const current = useApi(() => teamApi.domains(), 'domains');
  const [text, setText] = useState('');
  useEffect(() => {
    if (current.data) setText(current.data.domains.join('\n'));
  }, [current.data]);
  const action = useAction();
  const save = (e: FormEvent) => {
    e.preventDefault();
    const domains = text
      .split(/[\s,]+/)
      .map((d) => d.trim().toLowerCase())
      .filter(Boolean);
    void action.run(
      () => teamApi.saveDomains(domains),
      () => {
        current.reload();
        onSaved?.();
      },
    );
  };
  return (
    <form className="form-grid card narrow" onSubmit={save}>
      <h3>Site domains</h3>
      <p className="muted">Tracked links may only lead to these domains (one per line, e.g. shop.example.com).</p>
      <label>
        {/* Editable once the stored list is in: typed earlier, it was replaced by that list when it arrived. */}
        Domains{' '}
        <textarea rows={3} value={text} disabled={!can || !current.data} onChange={(e) => setText(e.target.value)} />
      </label>
      {can && (
        <div className="actions">
          <button type="submit" className="primary" disabled={action.busy || !current.data}>
            Save domains
          </button>
        </div>
      )}
      <ErrorBox error={current.error ?? action.error} />
    </form>
  );
}

export function RatesForm({ me }: { me: MeBody }) {
  const can = useCan('rates.manage');
  const rates = useApi(() => teamApi.rates(), 'rates');
  const [from, setFrom] = useState(me.workspace.currency === 'USD' ? 'EUR' : 'USD');
  const [rate, setRate] = useState('');
  const action = useAction();
  const save = (e: FormEvent) => {
    e.preventDefault();
    void action.run(
      () => teamApi.setRate(from.toUpperCase(), me.workspace.currency, rate.trim()),
      () => {
        setRate('');
        rates.reload();
      },
    );
  };
  return (
    <div className="card narrow">
      <h3>Currency rates</h3>
      <p className="muted">
        Fixed rates you choose (no live exchange rates): reports convert orders in other currencies with them, and a
        budget in {me.workspace.currency} needs a USD rate for prices.
      </p>
      {rates.data && rates.data.items.length > 0 && (
        <table>
          <tbody>
            {rates.data.items.map((r) => (
              <tr key={`${r.from}${r.to}`}>
                <td>1 {r.from}</td>
                <td>
                  = {r.rate} {r.to}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {rates.data?.items.length === 0 && <p>No rates yet.</p>}
      {can && (
        <form className="filters" onSubmit={save}>
          <label>
            1{' '}
            <input
              aria-label="From currency"
              required
              pattern="[A-Za-z]{3}"
              maxLength={3}
              size={4}
              value={from}
              onChange={(e) => setFrom(e.target.value)}
            />
          </label>
          <label>
            ={' '}
            <input
              aria-label={`Rate in ${me.workspace.currency}`}
              required
              inputMode="decimal"
              value={rate}
              onChange={(e) => setRate(e.target.value)}
              placeholder="1.0842"
            />
          </label>
          <span>{me.workspace.currency}</span>
          <button type="submit" className="primary">
            Set rate
          </button>
        </form>
      )}
      <ErrorBox error={rates.error ?? action.error} />
    </div>
  );
}
