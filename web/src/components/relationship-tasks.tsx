// A relationship's tasks: due date, optional reminder (a local date and time, sent as UTC), assignee
// (the signed-in member by default, so the task shows in her "My tasks").
import { useState, type FormEvent } from 'react';
import { Can, useUserId } from '../lib/permissions.tsx';
import { relationshipsApi, type RelationshipDetailBody } from '../lib/relationships-api.ts';

type Act = (work: Promise<unknown>, after?: () => void) => void;

/** "2026-03-04T09:00" typed in the browser's zone → an ISO time in UTC; empty → null. */
const localToIso = (local: string) => (local ? new Date(local).toISOString() : null);
const shortTime = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function RelationshipTasks({ r, act }: { r: RelationshipDetailBody; act: Act }) {
  const me = useUserId();
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [remind, setRemind] = useState('');
  const add = (e: FormEvent) => {
    e.preventDefault();
    const task = { title, due_on: due || null, remind_at: localToIso(remind), assignee_user_id: me };
    act(relationshipsApi.addTask(r.creator_id, task), () => {
      setTitle('');
      setDue('');
      setRemind('');
    });
  };
  return (
    <>
      <h3>Tasks</h3>
      <ul>
        {r.tasks.map((t) => (
          <li key={t.id}>
            {t.done_at ? <s>{t.title}</s> : t.title}
            {t.due_on && ` (due ${t.due_on})`}
            {t.remind_at && !t.done_at && <span className="muted small"> · reminder {shortTime(t.remind_at)}</span>}{' '}
            {!t.done_at && (
              <Can do="relationships.write">
                <button
                  type="button"
                  className="small"
                  aria-label={`Mark "${t.title}" done`}
                  onClick={() => act(relationshipsApi.completeTask(t.id))}
                >
                  Done
                </button>
              </Can>
            )}
          </li>
        ))}
      </ul>
      <Can do="relationships.write">
        <form onSubmit={add} className="form-grid" aria-label="Add a task">
          <label>
            Task <input required value={title} onChange={(e) => setTitle(e.target.value)} />
          </label>
          <label>
            Due <input type="date" value={due} onChange={(e) => setDue(e.target.value)} />
          </label>
          <label>
            Remind me at <input type="datetime-local" value={remind} onChange={(e) => setRemind(e.target.value)} />
          </label>
          <div className="actions">
            <button type="submit">Add task</button>
          </div>
        </form>
      </Can>
    </>
  );
}
