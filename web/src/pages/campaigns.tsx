// The workspace's campaigns, and a form to start one.
import { useState, type FormEvent } from 'react';
import { Pager } from '../components/pager.tsx';
import { Empty, ErrorBox, Loading } from '../components/states.tsx';
import { api, ApiError } from '../lib/api.ts';
import { date } from '../lib/format.ts';
import { Link, navigate } from '../lib/router.tsx';
import { useApi } from '../lib/use-api.ts';
import { Can } from '../lib/permissions.tsx';

export function CampaignsPage() {
  const [page, setPage] = useState(1);
  const list = useApi(() => api.campaigns(page, 25), String(page));
  const [name, setName] = useState('');
  const [destination, setDestination] = useState('https://');
  const [window, setWindow] = useState('30');
  const [error, setError] = useState<ApiError>();
  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const c = await api.createCampaign({
        name: name.trim(),
        destination_url: destination.trim(),
        window_days: Number(window),
      });
      navigate(`/campaigns/${c.id}`);
    } catch (err) {
      setError(err as ApiError);
    }
  };
  return (
    <div>
      <h1>Campaigns</h1>
      <ErrorBox error={list.error} retry={list.reload} />
      {!list.data && !list.error && <Loading what="campaigns" />}
      {list.data && list.data.total === 0 && (
        <Empty title="No campaigns yet.">Start one below, then add creators from Discover.</Empty>
      )}
      {list.data && list.data.total > 0 && (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">Campaign</th>
                <th scope="col">Dates</th>
                <th scope="col">Window</th>
                <th scope="col">Currency</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/campaigns/${c.id}`}>{c.name}</Link>
                  </td>
                  <td>{c.starts_on ? `${date(c.starts_on)} – ${date(c.ends_on)}` : 'n/a'}</td>
                  <td>
                    {c.window_days} days, {c.model.replace('_', ' ')}
                  </td>
                  <td>{c.currency}</td>
                  <td>{date(c.created_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager page={page} perPage={list.data.per_page} total={list.data.total} onPage={setPage} label="campaigns" />
        </>
      )}
      <Can do="campaigns.write">
        <section className="card narrow">
          <h2>New campaign</h2>
          <form onSubmit={(e) => void create(e)} className="form-grid">
            <label>
              Name{' '}
              <input required value={name} onChange={(e) => setName(e.target.value)} placeholder="Spring anklets" />
            </label>
            <label>
              Product page (where tracked links lead){' '}
              <input required type="url" value={destination} onChange={(e) => setDestination(e.target.value)} />
            </label>
            <label>
              Attribution window (days){' '}
              <input inputMode="numeric" value={window} onChange={(e) => setWindow(e.target.value)} />
            </label>
            <div className="actions">
              <button type="submit" className="primary">
                Create campaign
              </button>
            </div>
          </form>
          <ErrorBox error={error} />
        </section>
      </Can>
    </div>
  );
}
