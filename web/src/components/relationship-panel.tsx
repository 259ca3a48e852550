// The workspace's relationship with one creator (on her page and in the creator drawer): stage, contact
// details and opt-out, custom fields, tasks with reminders, notes (Markdown shown as written) and the
// timeline. Without a relationship yet, choosing a stage starts one.
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../lib/api.ts';
import { Can } from '../lib/permissions.tsx';
import { relationshipsApi, type RelationshipDetailBody } from '../lib/relationships-api.ts';
import { useApi } from '../lib/use-api.ts';
import { RelationshipContact } from './relationship-contact.tsx';
import { RelationshipFields } from './relationship-fields.tsx';
import { RelationshipTasks } from './relationship-tasks.tsx';
import { ErrorBox } from './states.tsx';

const label = (s: string) => s.replace(/_/g, ' ');

function TimelineLine({ e }: { e: RelationshipDetailBody['timeline'][number] }) {
  const d = e.details;
  return (
    <li>
      <span className="muted small">{e.at.slice(0, 16).replace('T', ' ')}</span> {label(e.kind)}
      {e.kind === 'stage_changed' && ` ${label(String(d.from))} → ${label(String(d.to))}`}
      {e.kind === 'campaign_enrolled' && ` ${String(d.campaign)}`}
      {(e.kind === 'list_added' || e.kind === 'list_removed') && ` ${String(d.list)}`}
      {e.kind === 'field_changed' && ` ${String(d.field)}: ${d.from ?? '–'} → ${d.to ?? '–'}`}
      {e.kind === 'opted_out' && ` (${String(d.source)}): ${String(d.reason)}`}
      {(e.kind === 'task_added' || e.kind === 'task_done' || e.kind === 'reminder_sent') && ` ${String(d.title)}`}
    </li>
  );
}

export function RelationshipPanel({ creatorId }: { creatorId: number }) {
  // Asked as a list first, so a creator without a relationship is an empty answer, not a 404.
  const rel = useApi(async () => {
    const found = await relationshipsApi.relationships(new URLSearchParams({ creator_id: String(creatorId) }));
    return found.total === 0 ? null : relationshipsApi.relationship(creatorId);
  }, `rel-${creatorId}`);
  const stages = useApi(() => relationshipsApi.stages(), 'stages');
  const fields = useApi(() => relationshipsApi.fields(), 'fields');
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiError>();
  const act = (work: Promise<unknown>, after?: () => void) => {
    setError(undefined);
    work.then(
      () => {
        after?.();
        rel.reload();
      },
      (e: unknown) => {
        setError(e as ApiError);
        rel.reload();
      },
    );
  };
  const none = rel.data === null;
  const r = rel.data;
  const addNote = (e: FormEvent) => {
    e.preventDefault();
    act(relationshipsApi.addNote(creatorId, note), () => setNote(''));
  };
  return (
    <section className="card" aria-label="Relationship">
      <h2>Relationship</h2>
      <ErrorBox error={rel.error} retry={rel.reload} />
      <ErrorBox error={error} />
      <label className="inline">
        Stage
        <select value={r?.stage ?? ''} onChange={(e) => act(relationshipsApi.setStage(creatorId, e.target.value))}>
          {none && <option value="">No relationship yet</option>}
          {(stages.data?.stages ?? []).map((s) => (
            <option key={s} value={s}>
              {label(s)}
            </option>
          ))}
        </select>
      </label>
      {r && (
        <>
          <p className="muted">
            Owner {r.owner?.email ?? 'none'} · tags {r.tags.join(', ') || 'none'} · last contact{' '}
            {r.last_contact_at ?? 'n/a'}
          </p>
          <RelationshipContact r={r} act={act} />
          <RelationshipFields r={r} fields={fields.data?.items ?? []} act={act} />
          <RelationshipTasks r={r} act={act} />
          <h3>Notes</h3>
          <ul>
            {r.notes.map((n) => (
              <li key={n.id}>
                <pre className="note">{n.body}</pre>
                <span className="muted small">{n.created_at.slice(0, 16).replace('T', ' ')}</span>
              </li>
            ))}
          </ul>
          <h3>Timeline</h3>
          <ol className="timeline">
            {r.timeline.map((e, i) => (
              <TimelineLine key={`${e.at}-${i}`} e={e} />
            ))}
          </ol>
        </>
      )}
      <Can do="relationships.write">
        <form onSubmit={addNote} className="form-grid" aria-label="Add a note">
          <label>
            Note (Markdown; @email mentions a colleague){' '}
            <textarea required rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="actions">
            <button type="submit">Add note</button>
          </div>
        </form>
      </Can>
    </section>
  );
}
