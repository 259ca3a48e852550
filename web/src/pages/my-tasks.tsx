// My tasks: the open tasks assigned to the signed-in member, overdue first, with reminders whose time
// has come marked; each opens the creator drawer. The navigation shows the same counts.
import { Empty, ErrorBox, Loading } from '../components/states.tsx';
import { drawerHref, openCreator } from '../lib/creator-drawer.ts';
import { Can, useUserId } from '../lib/permissions.tsx';
import { relationshipsApi, type MyTasksBody } from '../lib/relationships-api.ts';
import { useApi } from '../lib/use-api.ts';

const STATUS = { overdue: 'overdue', due_today: 'due today', upcoming: 'upcoming', no_date: 'no due date' } as const;

export function MyTasksPage({ onChange }: { onChange: () => void }) {
  const userId = useUserId();
  const tasks = useApi(
    () => (userId === null ? Promise.resolve(null) : relationshipsApi.myTasks()),
    `my-tasks-${userId}`,
  );
  const done = (id: number) =>
    void relationshipsApi.completeTask(id).then(() => {
      tasks.reload();
      onChange();
    });
  return (
    <div>
      <h1>My tasks</h1>
      {userId === null && (
        <Empty title="Tasks belong to a member.">Sign in with your own account to see the tasks assigned to you.</Empty>
      )}
      <ErrorBox error={tasks.error} retry={tasks.reload} />
      {userId !== null && !tasks.data && !tasks.error && <Loading what="your tasks" />}
      {tasks.data && <TaskTable data={tasks.data} done={done} />}
    </div>
  );
}

function TaskTable({ data, done }: { data: MyTasksBody; done: (id: number) => void }) {
  if (data.items.length === 0) return <Empty title="Nothing to do.">No open task is assigned to you.</Empty>;
  const { counts } = data;
  return (
    <>
      <p>
        {counts.overdue} overdue · {counts.due_today} due today · {counts.reminders} reminder
        {counts.reminders === 1 ? '' : 's'} due
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Task</th>
            <th scope="col">Creator</th>
            <th scope="col">Due</th>
            <th scope="col">Reminder</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((t) => (
            <tr key={t.id} className={t.status === 'overdue' ? 'overdue' : undefined}>
              <td>{t.title}</td>
              <td>
                <a
                  href={drawerHref(t.creator_id)}
                  onClick={(e) => {
                    e.preventDefault();
                    openCreator(t.creator_id);
                  }}
                >
                  {t.name ?? `Creator ${t.creator_id}`}
                </a>{' '}
                <span className="muted small">{t.stage.replace(/_/g, ' ')}</span>
              </td>
              <td>
                {t.due_on ?? '–'} <span className={t.status === 'overdue' ? 'bad' : 'muted'}>{STATUS[t.status]}</span>
              </td>
              <td>
                {t.remind_at
                  ? new Date(t.remind_at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
                  : '–'}
                {t.reminder_due && <span className="badge"> now</span>}
              </td>
              <td>
                <Can do="relationships.write">
                  <button
                    type="button"
                    className="small"
                    onClick={() => done(t.id)}
                    aria-label={`Mark "${t.title}" done`}
                  >
                    Done
                  </button>
                </Can>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
