// Creator lists of the workspace (shared by its members): create, open, add many creators at once by
// platform:handle, add them all to a campaign, export as CSV, delete.
import { useState, type FormEvent } from 'react';
import { OpenDrawerButton } from '../components/creator-drawer.tsx';
import { Empty, ErrorBox, Loading } from '../components/states.tsx';
import { api, type ApiError } from '../lib/api.ts';
import { Can } from '../lib/permissions.tsx';
import { Link, navigate } from '../lib/router.tsx';
import { relationshipsApi } from '../lib/relationships-api.ts';
import { useApi } from '../lib/use-api.ts';

export function ListsPage() {
  const lists = useApi(() => relationshipsApi.lists(), 'lists');
  const [name, setName] = useState('');
  const [error, setError] = useState<ApiError>();
  const create = (e: FormEvent) => {
    e.preventDefault();
    relationshipsApi.createList(name.trim()).then(
      (l) => navigate(`/lists/${l.id}`),
      (err: unknown) => setError(err as ApiError),
    );
  };
  return (
    <div>
      <h1>Lists</h1>
      <ErrorBox error={lists.error} retry={lists.reload} />
      {!lists.data && !lists.error && <Loading what="lists" />}
      {lists.data && lists.data.items.length === 0 && (
        <Empty title="No lists yet.">Create one below, then add creators to it.</Empty>
      )}
      {lists.data && lists.data.items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">List</th>
              <th scope="col">Creators</th>
              <th scope="col">Changed</th>
            </tr>
          </thead>
          <tbody>
            {lists.data.items.map((l) => (
              <tr key={l.id}>
                <td>
                  <Link to={`/lists/${l.id}`}>{l.name}</Link>
                </td>
                <td>{l.size}</td>
                <td>{l.updated_at.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Can do="relationships.write">
        <section className="card narrow">
          <h2>New list</h2>
          <form onSubmit={create} className="form-grid">
            <label>
              Name{' '}
              <input required value={name} onChange={(e) => setName(e.target.value)} placeholder="Spring seeding" />
            </label>
            <div className="actions">
              <button type="submit" className="primary">
                Create list
              </button>
            </div>
          </form>
          <ErrorBox error={error} />
        </section>
      </Can>
    </div>
  );
}

export function ListPage({ id }: { id: number }) {
  const list = useApi(() => relationshipsApi.list(id), `list-${id}`);
  const campaigns = useApi(() => api.campaigns(1, 100), 'campaigns');
  const [refs, setRefs] = useState('');
  const [campaignId, setCampaignId] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<ApiError>();
  const act = (work: Promise<string>) => {
    setError(undefined);
    work.then(
      (m) => {
        setMessage(m);
        list.reload();
      },
      (e: unknown) => setError(e as ApiError),
    );
  };
  const add = (e: FormEvent) => {
    e.preventDefault();
    const creators = refs.split(/[\s,]+/).filter(Boolean);
    act(
      relationshipsApi.addToList(id, creators).then((r) => {
        setRefs('');
        return `${r.added} added, ${r.already_on_list} already on the list.`;
      }),
    );
  };
  if (list.error) return <ErrorBox error={list.error} retry={list.reload} />;
  if (!list.data) return <Loading what="the list" />;
  return (
    <div>
      <p>
        <Link to="/lists">← Lists</Link>
      </p>
      <h1>{list.data.name}</h1>
      <div className="actions">
        <a href={`/api/v1/lists/${id}/export.csv`} download>
          Export CSV
        </a>
        <Can do="relationships.write">
          <button
            type="button"
            onClick={() =>
              relationshipsApi.deleteList(id).then(
                () => navigate('/lists'),
                (e: unknown) => setError(e as ApiError),
              )
            }
          >
            Delete list
          </button>
        </Can>
      </div>
      {message && <p role="status">{message}</p>}
      <ErrorBox error={error} />
      {list.data.creators.length === 0 ? (
        <Empty title="No creators on this list yet.">Add them below by platform:handle.</Empty>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Creator</th>
              <th scope="col">Followers</th>
              <th scope="col">Stage</th>
              <th scope="col">Added</th>
            </tr>
          </thead>
          <tbody>
            {list.data.creators.map((m) => (
              <tr key={m.account_id}>
                <td>
                  <Link to={`/creators/${m.creator_id}`}>{m.name ?? m.handle}</Link>{' '}
                  <span className="muted">
                    {m.platform}:{m.handle}
                  </span>{' '}
                  <OpenDrawerButton creatorId={m.creator_id} name={m.name ?? m.handle} />
                </td>
                <td>{m.followers ?? 'n/a'}</td>
                <td>{m.stage?.replace(/_/g, ' ') ?? 'n/a'}</td>
                <td>{m.added_at.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Can do="relationships.write">
        <section className="card narrow">
          <h2>Add creators</h2>
          <form onSubmit={add} className="form-grid">
            <label>
              platform:handle, one per line{' '}
              <textarea
                required
                rows={4}
                value={refs}
                onChange={(e) => setRefs(e.target.value)}
                placeholder="instagram:ana.anklets"
              />
            </label>
            <div className="actions">
              <button type="submit" className="primary">
                Add to list
              </button>
            </div>
          </form>
        </section>
      </Can>
      <Can do="campaigns.write">
        {campaigns.data && campaigns.data.items.length > 0 && list.data.creators.length > 0 && (
          <section className="card narrow">
            <h2>Add all to a campaign</h2>
            <div className="actions">
              <select aria-label="Campaign" value={campaignId} onChange={(e) => setCampaignId(e.target.value)}>
                <option value="">Choose a campaign</option>
                {campaigns.data.items.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
              <button
                type="button"
                disabled={!campaignId}
                onClick={() =>
                  act(
                    relationshipsApi
                      .enrollList(id, Number(campaignId))
                      .then((r) => `${r.enrolled} enrolled, ${r.already_enrolled} already in the campaign.`),
                  )
                }
              >
                Add all
              </button>
            </div>
          </section>
        )}
      </Can>
    </div>
  );
}
