// Relationships: a pipeline board (one column per stage of the workspace; a card moves by drag and drop,
// its buttons or the arrow keys) and a table with filters (stage, owner, tag, custom field). The stages
// and fields come from the API, never from here. A creator's name opens the creator drawer.
import { useState } from 'react';
import { DrawerLink, handleOf, PipelineBoard, stageLabel } from '../components/pipeline-board.tsx';
import { filterQuery, NO_FILTERS, RelationshipFilters, type Filters } from '../components/relationship-filters.tsx';
import { DefineField } from '../components/define-field.tsx';
import { Pager } from '../components/pager.tsx';
import { Empty, ErrorBox, Loading } from '../components/states.tsx';
import type { ApiError } from '../lib/api.ts';
import { Can, useCan } from '../lib/permissions.tsx';
import { relationshipsApi, type FieldBody, type RelationshipBody } from '../lib/relationships-api.ts';
import { teamApi } from '../lib/team-api.ts';
import { useApi } from '../lib/use-api.ts';

const fieldText = (r: RelationshipBody, fields: FieldBody[]) =>
  r.fields.map((v) => `${fields.find((f) => f.id === v.field_id)?.name ?? v.field_id}: ${v.value}`).join(' · ');

export function RelationshipsPage() {
  const [view, setView] = useState<'board' | 'table'>('board');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const [error, setError] = useState<ApiError>();
  const canSeeMembers = useCan('members.read');
  const stages = useApi(() => relationshipsApi.stages(), 'stages');
  const fields = useApi(() => relationshipsApi.fields(), 'fields');
  const members = useApi(
    () => (canSeeMembers ? teamApi.members() : Promise.resolve({ items: [] })),
    `members-${canSeeMembers}`,
  );
  const q = new URLSearchParams({
    page: String(view === 'board' ? 1 : page),
    per_page: view === 'board' ? '200' : '50',
    ...(view === 'table' && filterQuery(filters)),
  });
  const list = useApi(() => relationshipsApi.relationships(q), q.toString());
  const move = (r: RelationshipBody, to: string) => {
    setError(undefined);
    relationshipsApi.setStage(r.creator_id, to).then(
      () => {
        list.reload();
        // Keep the keyboard where it was: on the moved card in its new column.
        setTimeout(() => {
          const card = document.querySelector<HTMLElement>(`[data-creator="${r.creator_id}"]`);
          card?.focus();
          // On a phone the board scrolls sideways: bring the whole card into view, not just its edge.
          card?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        }, 50);
      },
      (e: unknown) => setError(e as ApiError),
    );
  };
  const all = stages.data?.stages ?? [];
  const filtered = Object.keys(filterQuery(filters)).length > 0;
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
      </div>
      {view === 'table' && (
        <RelationshipFilters
          value={filters}
          onChange={(f) => {
            setFilters(f);
            setPage(1);
          }}
          stages={all}
          members={members.data?.items ?? []}
          fields={fields.data?.items ?? []}
        />
      )}
      {view === 'board' && (
        <p className="muted">
          Drag a card to another stage, use its buttons, or focus it and press ← / →. Emails sent and received are not
          tracked yet: outreach from your mailboxes is not built.
        </p>
      )}
      <ErrorBox error={stages.error ?? list.error ?? error} retry={list.reload} />
      {(!stages.data || !list.data) && !list.error && <Loading what="relationships" />}
      {list.data && list.data.total === 0 && !filtered && (
        <Empty title="No relationships yet.">Add creators to a list, or move one from her page.</Empty>
      )}
      {list.data && stages.data && view === 'board' && list.data.total > 0 && (
        <PipelineBoard items={list.data.items} stages={all} move={move} />
      )}
      {list.data && view === 'table' && (
        <>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Creator</th>
                  <th scope="col">Stage</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Tags</th>
                  <th scope="col">Fields</th>
                  <th scope="col">Open tasks</th>
                  <th scope="col">Last contact</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <DrawerLink r={{ ...r, name: r.name ?? handleOf(r) }} />{' '}
                      <span className="muted">{handleOf(r)}</span>
                    </td>
                    <td>{stageLabel(r.stage)}</td>
                    <td>{r.owner?.email ?? '–'}</td>
                    <td>{r.tags.join(', ')}</td>
                    <td>{fieldText(r, fields.data?.items ?? [])}</td>
                    <td>
                      {r.open_tasks}
                      {r.next_due_on && ` (next ${r.next_due_on})`}
                    </td>
                    <td>{r.last_contact_at ?? 'n/a'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.data.total === 0 && <p className="muted">No relationship matches these filters.</p>}
          <Can do="workspace.settings">
            <DefineField onDefined={fields.reload} />
          </Can>
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
