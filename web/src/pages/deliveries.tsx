// Store webhook deliveries (with replay of those that failed) and the orders no rule attributed.
import { useState } from 'react';
import { Pager } from '../components/pager.tsx';
import { Empty, ErrorBox, Loading } from '../components/states.tsx';
import { dateTime, money } from '../lib/format.ts';
import { useCan } from '../lib/permissions.tsx';
import { Link } from '../lib/router.tsx';
import { teamApi } from '../lib/team-api.ts';
import { useApi } from '../lib/use-api.ts';
import { useAction } from './settings/use-action.ts';

const OUTCOMES = ['', 'processed', 'duplicate', 'ignored', 'bad_signature', 'invalid', 'failed'];

export function DeliveriesPage() {
  const canReplay = useCan('webhooks.replay');
  const [page, setPage] = useState(1);
  const [outcome, setOutcome] = useState('');
  const [ordersPage, setOrdersPage] = useState(1);
  const deliveries = useApi(() => teamApi.deliveries(page, outcome || undefined), `${page}:${outcome}`);
  const orders = useApi(() => teamApi.unattributed(ordersPage), String(ordersPage));
  const action = useAction();
  return (
    <div>
      <h1>Orders &amp; webhooks</h1>
      <h2>Webhook deliveries</h2>
      <div className="filters">
        <label>
          Outcome{' '}
          <select
            value={outcome}
            onChange={(e) => {
              setOutcome(e.target.value);
              setPage(1);
            }}
          >
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {o || 'all'}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorBox error={deliveries.error ?? action.error} />
      {!deliveries.data ? (
        <Loading what="deliveries" />
      ) : deliveries.data.total === 0 ? (
        <Empty title="No deliveries yet.">
          Connect your store under <Link to="/settings/stores">Settings → Stores</Link> and send a test notification.
        </Empty>
      ) : (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Received</th>
                  <th scope="col">Store</th>
                  <th scope="col">Topic</th>
                  <th scope="col">Signature</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Order</th>
                  {canReplay && (
                    <th scope="col">
                      <span className="sr-only">Replay</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {deliveries.data.items.map((d) => (
                  <tr key={d.id}>
                    <td>{dateTime(d.received_at)}</td>
                    <td>{d.platform}</td>
                    <td>{d.topic ?? 'n/a'}</td>
                    <td>{d.signature_ok ? 'good' : 'bad'}</td>
                    <td>
                      <span className={`badge ${d.outcome}`}>{d.outcome}</span>
                      {d.error && <div className="small bad">{d.error}</div>}
                    </td>
                    <td>{d.order_id ?? ''}</td>
                    {canReplay && (
                      <td>
                        {d.signature_ok && !d.body_truncated && (
                          <button
                            type="button"
                            className="small"
                            onClick={() =>
                              void action.run(
                                () => teamApi.replay(d.id),
                                () => {
                                  deliveries.reload();
                                  orders.reload();
                                },
                              )
                            }
                          >
                            Replay
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={page}
            perPage={deliveries.data.per_page}
            total={deliveries.data.total}
            onPage={setPage}
            label="deliveries"
          />
        </>
      )}
      <h2>Unattributed orders</h2>
      <ErrorBox error={orders.error} />
      {!orders.data ? (
        <Loading what="orders" />
      ) : orders.data.total === 0 ? (
        <Empty title="No unattributed orders." />
      ) : (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Placed</th>
                  <th scope="col">Order</th>
                  <th scope="col">Source</th>
                  <th scope="col">Codes</th>
                  <th scope="col" className="num">
                    Total
                  </th>
                </tr>
              </thead>
              <tbody>
                {orders.data.items.map((o) => (
                  <tr key={o.id}>
                    <td>{dateTime(o.placed_at)}</td>
                    <td>{o.name ?? o.external_id}</td>
                    <td>{o.source}</td>
                    <td>{o.codes.join(', ') || 'none'}</td>
                    <td className="num">{money(o.total_minor, o.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={ordersPage}
            perPage={orders.data.per_page}
            total={orders.data.total}
            onPage={setOrdersPage}
            label="orders"
          />
        </>
      )}
    </div>
  );
}
