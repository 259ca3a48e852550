// The workspace's relationship with one creator, on her page: stage, notes (Markdown shown as written),
// tasks with due dates, and the timeline. Without a relationship yet, choosing a stage starts one.
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../lib/api.ts';
import { Can } from '../lib/permissions.tsx';
import { relationshipsApi } from '../lib/relationships-api.ts';
import { useApi } from '../lib/use-api.ts';
import { ErrorBox } from './states.tsx';

const label = (s: string) => s.replace(/_/g, ' ');

export function RelationshipPanel({ creatorId }: { creatorId: number }) {
  // Asked as a list first, so a creator without a relationship is an empty answer, not a 404.
  const rel = useApi(async () => {
    const found = await relationshipsApi.relationships(new URLSearchParams({ creator_id: String(creatorId) }));
    return found.total === 0 ? null : relationshipsApi.relationship(creatorId);
  }, `rel-${creatorId}`);
  const stages = useApi(() => relationshipsApi.stages(), 'stages');
  const [note, setNote] = useState('');
  const [task, setTask] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<ApiError>();
  const act = (work: Promise<unknown>, after?: () => void) => {
    setError(undefined);
    work.then(
      () => {
        after?.();
        rel.reload();
      },
      (e: unknown) => setError(e as ApiError),
    );
  };
  const none = rel.data === null;
  const r = rel.data;
  const addNote = (e: FormEvent) => {
    e.preventDefault();
    act(relationshipsApi.addNote(creatorId, note), () => setNote(''));
  };
  const addTask = (e: FormEvent) => {
    e.preventDefault();
    act(relationshipsApi.addTask(creatorId, task, due || null), () => {
      setTask('');
      setDue('');
    });
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
          <h3>Tasks</h3>
          <ul>
            {r.tasks.map((t) => (
              <li key={t.id}>
                {t.done_at ? <s>{t.title}</s> : t.title}
                {t.due_on && ` (due ${t.due_on})`}{' '}
                {!t.done_at && (
                  <Can do="relationships.write">
                    <button type="button" className="small" onClick={() => act(relationshipsApi.completeTask(t.id))}>
                      Done
                    </button>
                  </Can>
                )}
              </li>
            ))}
          </ul>
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
              <li key={`${e.at}-${i}`}>
                <span className="muted small">{e.at.slice(0, 16).replace('T', ' ')}</span> {label(e.kind)}
                {e.kind === 'stage_changed' && ` ${label(String(e.details.from))} → ${label(String(e.details.to))}`}
                {e.kind === 'campaign_enrolled' && ` ${String(e.details.campaign)}`}
                {e.kind === 'list_added' && ` ${String(e.details.list)}`}
              </li>
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
        <form onSubmit={addTask} className="form-grid" aria-label="Add a task">
          <label>
            Task <input required value={task} onChange={(e) => setTask(e.target.value)} />
          </label>
          <label>
            Due <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
          </label>
          <div className="actions">
            <button type="submit">Add task</button>
          </div>
        </form>
      </Can>
    </section>
  );
}
