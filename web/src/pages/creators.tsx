// All creators of the installation (or this workspace's pool), filtered and paged on the server.
import { useState, type FormEvent } from 'react';
import { Pager } from '../components/pager.tsx';
import { Empty, ErrorBox, Loading } from '../components/states.tsx';
import { Num } from '../components/tip.tsx';
import { api, type MeBody } from '../lib/api.ts';
import { date, int } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { useApi } from '../lib/use-api.ts';

export function CreatorsPage({ me }: { me: MeBody }) {
  const [filters, setFilters] = useState({
    q: '',
    platform: '',
    tier: '',
    scope: 'installation',
    demo: me.workspace.is_demo,
  });
  const [draft, setDraft] = useState(filters);
  const [page, setPage] = useState(1);
  const query = new URLSearchParams({ page: String(page), per_page: '50', scope: filters.scope });
  if (filters.q) query.set('q', filters.q);
  if (filters.platform) query.set('platform', filters.platform);
  if (filters.tier) query.set('tier', filters.tier);
  query.set('include_demo', String(filters.demo));
  const list = useApi(() => api.creators(query), query.toString());
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilters(draft);
    setPage(1);
  };
  return (
    <div>
      <h1>Creators {list.data && <span className="muted">({int(list.data.total)})</span>}</h1>
      <form className="filters" onSubmit={submit} aria-label="Filter creators">
        <label>
          Search{' '}
          <input
            value={draft.q}
            onChange={(e) => setDraft({ ...draft, q: e.target.value })}
            placeholder="name, handle or bio"
          />
        </label>
        <label>
          Platform{' '}
          <select value={draft.platform} onChange={(e) => setDraft({ ...draft, platform: e.target.value })}>
            <option value="">any</option>
            <option>instagram</option>
            <option>tiktok</option>
            <option>youtube</option>
          </select>
        </label>
        <label>
          Tier{' '}
          <select value={draft.tier} onChange={(e) => setDraft({ ...draft, tier: e.target.value })}>
            <option value="">any</option>
            {['nano', 'micro', 'mid', 'macro', 'mega'].map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label>
          Scope{' '}
          <select value={draft.scope} onChange={(e) => setDraft({ ...draft, scope: e.target.value })}>
            <option value="installation">all creators</option>
            <option value="workspace">this workspace's pool</option>
          </select>
        </label>
        <label className="inline">
          <input
            type="checkbox"
            name="includeDemo"
            checked={draft.demo}
            onChange={(e) => setDraft({ ...draft, demo: e.target.checked })}
          />{' '}
          include demo creators
        </label>
        <button type="submit" className="primary">
          Filter
        </button>
      </form>
      <ErrorBox error={list.error} retry={list.reload} />
      {!list.data && !list.error && <Loading what="creators" />}
      {list.data &&
        list.data.total === 0 &&
        (list.data.hidden_demo > 0 && !filters.q && !filters.platform && !filters.tier ? (
          <Empty title="No creators of your own yet.">
            <Link to="/imports">Import your creator list</Link> (CSV), or read creators through the Instagram / YouTube
            APIs with the CLI; then connect your store to measure campaigns. {int(list.data.hidden_demo)} synthetic demo
            creators are hidden: tick “include demo creators” to look at them.
          </Empty>
        ) : (
          <Empty title="No creators match.">
            Change the filters, or <Link to="/imports">import a creator list</Link>.
          </Empty>
        ))}
      {list.data && list.data.total > 0 && (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Creator</th>
                  <th scope="col">Account</th>
                  <th scope="col">Tier</th>
                  <th scope="col" className="num">
                    Followers
                  </th>
                  <th scope="col" className="num">
                    Following
                  </th>
                  <th scope="col" className="num">
                    Posts
                  </th>
                  <th scope="col">Country</th>
                  <th scope="col">Observed</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.flatMap((c) =>
                  c.accounts.map((a, i) => (
                    <tr key={a.id}>
                      <td>
                        {i === 0 && (
                          <>
                            <Link to={`/creators/${c.id}`}>{c.display_name ?? a.handle}</Link>
                            {c.is_demo && (
                              <span className="badge demo-badge" title="synthetic demo data, not a real person">
                                demo
                              </span>
                            )}
                          </>
                        )}
                      </td>
                      <td>
                        <Link to={`/creators/${c.id}?platform=${a.platform}`}>
                          {a.platform}:{a.handle}
                        </Link>
                      </td>
                      <td>{a.tier ?? 'n/a'}</td>
                      <td className="num">
                        <Num
                          formula={
                            <>
                              source {a.source ?? 'n/a'}, observed {date(a.observed_at)}
                            </>
                          }
                        >
                          {int(a.followers)}
                        </Num>
                        {a.your_import && a.your_import.followers !== null && (
                          <div className="small muted">
                            <Num
                              formula={
                                <>
                                  your import: {a.your_import.source}, observed {date(a.your_import.observed_at)}; only
                                  your workspace sees it
                                </>
                              }
                            >
                              your import {int(a.your_import.followers)}
                            </Num>
                          </div>
                        )}
                      </td>
                      <td className="num">{int(a.following)}</td>
                      <td className="num">{int(a.posts_count)}</td>
                      <td>{i === 0 ? (c.country ?? '') : ''}</td>
                      <td>{date(a.observed_at)}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
          <Pager page={page} perPage={50} total={list.data.total} onPage={setPage} label="creators" />
        </>
      )}
    </div>
  );
}
