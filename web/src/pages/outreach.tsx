// Outreach: the workspace's sequences with how many creators are in each state. A sequence opens its own
// page (steps, enrollments, enrolling a list, a step previewed for a creator).
import { Empty, ErrorBox, Loading } from '../components/states.tsx';
import { outreachApi } from '../lib/outreach-api.ts';
import { Link } from '../lib/router.tsx';
import { useApi } from '../lib/use-api.ts';

export function OutreachPage() {
  const sequences = useApi(() => outreachApi.sequences(), 'sequences');
  return (
    <div>
      <h1>Outreach</h1>
      <p className="muted">
        Emails go out from your own mailboxes (<Link to="/settings/mailboxes">Settings → Mailboxes</Link>); answers
        arrive in the <Link to="/inbox">Inbox</Link>.
      </p>
      <ErrorBox error={sequences.error} retry={sequences.reload} />
      {!sequences.data && !sequences.error && <Loading what="the sequences" />}
      {sequences.data && sequences.data.sequences.length === 0 && (
        <Empty title="No sequences yet.">
          Create one with <code>microreach sequence create</code> or POST /api/v1/sequences.
        </Empty>
      )}
      {sequences.data && sequences.data.sequences.length > 0 && (
        <table className="sequences">
          <thead>
            <tr>
              <th scope="col">Sequence</th>
              <th scope="col">Steps</th>
              <th scope="col">Creators by status</th>
            </tr>
          </thead>
          <tbody>
            {sequences.data.sequences.map((s) => (
              <tr key={s.id}>
                <td>
                  <Link to={`/outreach/sequences/${s.id}`}>{s.name}</Link>
                  {s.status !== 'active' && <span className="badge">{s.status}</span>}
                </td>
                <td>{s.steps}</td>
                <td className="small">
                  {Object.keys(s.enrollments).length === 0
                    ? 'none yet'
                    : Object.entries(s.enrollments)
                        .map(([status, n]) => `${n} ${status.replace('_', ' ')}`)
                        .join(' · ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
