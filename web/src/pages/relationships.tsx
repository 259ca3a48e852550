// Relationships: a pipeline board (one column per stage of the workspace; a card moves with its buttons
// or the arrow keys) and a table with a stage filter. The stages come from the API, never from here.
import { useState, type KeyboardEvent } from 'react';
import { Empty, ErrorBox, Loading } from '../components/states.tsx';
import { Pager } from '../components/pager.tsx';
import type { ApiError } from '../lib/api.ts';
import { Link } from '../lib/router.tsx';
import { useApi } from '../lib/use-api.ts';
import { relationshipsApi, type RelationshipBody } from '../lib/relationships-api.ts';
import { Can } from '../lib/permissions.tsx';

const label = (stage: string) => stage.replace(/_/g, ' ');
const handleOf = (r: RelationshipBody) =>
  r.accounts[0] ? `${r.accounts[0].platform}:${r.accounts[0].handle}` : `creator ${r.creator_id}`;

function Card({
  r,
  stages,
  move,
}: {
  r: RelationshipBody;
  stages: string[];
  move: (r: RelationshipBody, to: string) => void;
}) {
  const at = stages.indexOf(r.stage);
  const prev = stages[at - 1];
  const next = stages[at + 1];
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight' && next) {
      e.preventDefault();
      move(r, next);
    }
    if (e.key === 'ArrowLeft' && prev) {
      e.preventDefault();
      move(r, prev);
    }
  };
  return (
    <li
      className="card pipeline-card"
      tabIndex={0}
      onKeyDown={onKey}
      data-creator={r.creator_id}
      aria-label={`${r.name ?? handleOf(r)}, ${label(r.stage)}. Arrow keys move between stages.`}
    >
      <Link to={`/creators/${r.creator_id}`}>{r.name ?? handleOf(r)}</Link>
      <div className="muted">
        {handleOf(r)}
        {r.owner && ` · ${r.owner.email}`}
      </div>
      <Can do="relationships.write">
        <div className="actions">
          {prev && (
            <button type="button" className="small" onClick={() => move(r, prev)} aria-label={`Move to ${label(prev)}`}>
              ← {label(prev)}
            </button>
          )}
          {next && (
            <button type="button" className="small" onClick={() => move(r, next)} aria-label={`Move to ${label(next)}`}>
              {label(next)} →
            </button>
          )}
        </div>
      </Can>
    </li>
  );
}

export function RelationshipsPage() {
  const [view, setView] = useState<'board' | 'table'>('board');
  const [stage, setStage] = useState('');
  const [page, setPage] = useState(1);
  const [error, setError] = useState<ApiError>();
  const stages = useApi(() => relationshipsApi.stages(), 'stages');
  const q = new URLSearchParams({
    page: String(view === 'board' ? 1 : page),
    per_page: view === 'board' ? '200' : '50',
    ...(stage && { stage }),
  });
  const list = useApi(() => relationshipsApi.relationships(q), q.toString());
  const move = (r: RelationshipBody, to: string) => {
    setError(undefined);
    relationshipsApi.setStage(r.creator_id, to).then(
      () => {
        list.reload();
        // Keep the keyboard where it was: on the moved card in its new column.
        setTimeout(() => document.querySelector<HTMLElement>(`[data-creator="${r.creator_id}"]`)?.focus(), 50);
      },
      (e: unknown) => setError(e as ApiError),
    );
  };
  const all = stages.data?.stages ?? [];
  return (
    <div>
      <h1>Relationships</h1>
      <div className="actions" role="group" aria-label="View">
        <button type="button" aria-pressed={view === 'board'} onClick={() => setView('board')}>
          Pipeline
        </button>
        <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
          Table
        </button>
        {view === 'table' && (
          <label className="inline">
            Stage
            <select
              value={stage}
              onChange={(e) => {
                setStage(e.target.value);
                setPage(1);
              }}
            >
              <option value="">All stages</option>
              {all.map((s) => (
                <option key={s} value={s}>
                  {label(s)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <p className="muted">Emails sent and received are not tracked yet: outreach from your mailboxes is not built.</p>
      <ErrorBox error={stages.error ?? list.error ?? error} retry={list.reload} />
      {(!stages.data || !list.data) && !list.error && <Loading what="relationships" />}
      {list.data && list.data.total === 0 && !stage && (
        <Empty title="No relationships yet.">Add creators to a list, or move one from her page.</Empty>
      )}
      {list.data && stages.data && view === 'board' && list.data.total > 0 && (
        <div className="pipeline">
          {all.map((s) => {
            const cards = list.data!.items.filter((r) => r.stage === s);
            return (
              <section key={s} className="pipeline-column" aria-label={`${label(s)} (${cards.length})`}>
                <h2>
                  {label(s)} <span className="muted">{cards.length}</span>
                </h2>
                <ul>
                  {cards.map((r) => (
                    <Card key={r.id} r={r} stages={all} move={move} />
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
      {list.data && view === 'table' && (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">Creator</th>
                <th scope="col">Stage</th>
                <th scope="col">Owner</th>
                <th scope="col">Tags</th>
                <th scope="col">Open tasks</th>
                <th scope="col">Last contact</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/creators/${r.creator_id}`}>{r.name ?? handleOf(r)}</Link>{' '}
                    <span className="muted">{handleOf(r)}</span>
                  </td>
                  <td>{label(r.stage)}</td>
                  <td>{r.owner?.email ?? '–'}</td>
                  <td>{r.tags.join(', ')}</td>
                  <td>
                    {r.open_tasks}
                    {r.next_due_on && ` (next ${r.next_due_on})`}
                  </td>
                  <td>{r.last_contact_at ?? 'n/a'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager
            page={page}
            perPage={list.data.per_page}
            total={list.data.total}
            onPage={setPage}
            label="relationships"
          />
        </>
      )}
    </div>
  );
}
