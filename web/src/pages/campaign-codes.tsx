// The campaign's codes: each creator's code with its state in the store (the store's own words when it
// failed), the code-leak verdict with its evidence (coupon-site orders), and "replace code".
import { useState } from 'react';
import { ErrorBox, Loading } from '../components/states.tsx';
import { api, ApiError, type CodeLeaksBody } from '../lib/api.ts';
import { dateTime, pct } from '../lib/format.ts';
import { useCan } from '../lib/permissions.tsx';
import { useApi } from '../lib/use-api.ts';

type Row = CodeLeaksBody['items'][number];

export function CampaignCodes({ id }: { id: number }) {
  const leaks = useApi(() => api.codeLeaks(id), String(id));
  if (leaks.error) return <ErrorBox error={leaks.error} />;
  if (!leaks.data) return <Loading what="codes" />;
  const rows = leaks.data.items.filter((r) => r.code !== null);
  if (rows.length === 0) return null;
  return (
    <section className="card" aria-label="Discount codes">
      <h2>Discount codes</h2>
      <p className="muted">{leaks.data.rule}</p>
      <table>
        <thead>
          <tr>
            <th>Creator</th>
            <th>Code</th>
            <th>In the store</th>
            <th>Leak</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <CodeRow key={r.enrollment_id} id={id} r={r} onDone={leaks.reload} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function CodeRow({ id, r, onDone }: { id: number; r: Row; onDone: () => void }) {
  const canReplace = useCan('campaigns.write');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const e = r.evidence;
  const replace = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.replaceCode(id, { enrollment_id: r.enrollment_id, code });
      setCode('');
      onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <tr data-testid={`code-${r.creator.handle}`}>
      <td>
        {r.creator.platform}:{r.creator.handle}
      </td>
      <td>
        <code>{r.code}</code>
      </td>
      <td>
        <span className={`badge ${r.code_sync?.status === 'synced' ? 'ok' : 'warn'}`}>{r.code_sync?.status}</span>
        {r.code_sync?.error && <div className="muted">{r.code_sync.error}</div>}
      </td>
      <td>
        {r.suspected ? <span className="badge warn">code leak suspected</span> : <span className="muted">no</span>}
        <div className="muted">
          {e.redemptions} redemptions, {e.coupon_site_redemptions} from coupon sites; {e.clicks} clicks ×{' '}
          {pct(e.campaign_conversion_rate, 2)} = {e.explained_by_clicks} explained
        </div>
        {r.reason && <div>{r.reason}</div>}
        {e.coupon_site_orders.length > 0 && (
          <ul>
            {e.coupon_site_orders.map((o) => (
              <li key={o.order_id}>
                {o.name ?? o.order_id} · {dateTime(o.placed_at)} · {o.site} (by{' '}
                {o.via === 'referrer' ? 'referrer' : 'landing URL'})
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {canReplace && (
          <form
            onSubmit={(ev) => {
              ev.preventDefault();
              void replace();
            }}
          >
            <label>
              New code{' '}
              <input value={code} onChange={(ev) => setCode(ev.target.value)} minLength={2} maxLength={64} required />
            </label>{' '}
            <button type="submit" disabled={busy}>
              Replace code
            </button>
            {error && <div className="error">{error}</div>}
          </form>
        )}
      </td>
    </tr>
  );
}
