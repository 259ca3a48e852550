// The store's catalog as the last sync saw it (price, cost where the store gives it, stock), and "Sync from store"
// with its progress and the store's own error. Without a store that has Admin API access: an empty state saying so.
import { useState } from 'react';
import { type ApiError } from '../lib/api.ts';
import { costOrUnknown, int, money } from '../lib/format.ts';
import { useCan } from '../lib/permissions.tsx';
import { Link } from '../lib/router.tsx';
import { type CatalogSynced, seedingApi } from '../lib/seeding-api.ts';
import { useApi } from '../lib/use-api.ts';
import { Pager } from './pager.tsx';
import { Empty, ErrorBox, Loading } from './states.tsx';

const PER_PAGE = 20;

export function CatalogPanel({ store }: { store: string | null }) {
  const can = useCan('campaigns.write');
  const [page, setPage] = useState(1);
  const catalog = useApi(() => seedingApi.catalog(page, PER_PAGE), `catalog-${page}`);
  const [sync, setSync] = useState<{ busy: boolean; done?: CatalogSynced; error?: ApiError }>({ busy: false });
  const run = () => {
    setSync({ busy: true });
    seedingApi.syncCatalog().then(
      (done) => {
        setSync({ busy: false, done });
        catalog.reload();
      },
      (error: ApiError) => setSync({ busy: false, error }),
    );
  };
  if (store === null)
    return (
      <Empty title="No store connected">
        Connect your store with Admin API access in <Link to="/settings/stores">Settings → Stores</Link> to read its
        catalog and send gifts as store orders.
      </Empty>
    );
  const c = catalog.data;
  return (
    <div aria-label="Catalog" role="region">
      <h3>Catalog ({store})</h3>
      {can && (
        <p>
          <button type="button" onClick={run} disabled={sync.busy}>
            Sync from store
          </button>{' '}
          <span role="status" aria-live="polite">
            {sync.busy && 'Reading the store’s products and variants…'}
            {sync.done &&
              `Synced ${int(sync.done.variants)} variants: ${int(sync.done.gone)} no longer listed, ${int(
                sync.done.unknown_cost,
              )} without a cost from the store.`}
          </span>
        </p>
      )}
      <ErrorBox error={sync.error ?? catalog.error} />
      {!c ? (
        !catalog.error && <Loading what="the catalog" />
      ) : c.total === 0 ? (
        <Empty title="The catalog is empty">Sync from the store to list its products.</Empty>
      ) : (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>Product</th>
                  <th className="num">Price</th>
                  <th className="num">Cost</th>
                  <th className="num">Stock</th>
                </tr>
              </thead>
              <tbody>
                {c.items.map((v) => (
                  <tr key={v.id} className={v.available ? undefined : 'muted'}>
                    <td>
                      {v.title}
                      {v.sku && <span className="muted"> · {v.sku}</span>}
                      {!v.available && <span className="badge">no longer listed</span>}
                    </td>
                    <td className="num">{money(v.price_minor, v.currency)}</td>
                    <td className="num">{costOrUnknown(v.cost_minor, v.currency)}</td>
                    <td className="num">{v.inventory === null ? 'not tracked' : int(v.inventory)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} perPage={PER_PAGE} total={c.total} onPage={setPage} label="Catalog" />
        </>
      )}
    </div>
  );
}
