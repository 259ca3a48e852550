// The audit log: who did what and when, filtered by action family and dates, exportable as CSV.
import { useState } from 'react';
import { Empty, ErrorBox, Loading } from '../components/states.tsx';
import { dateTime } from '../lib/format.ts';
import { teamApi } from '../lib/team-api.ts';
import { useApi } from '../lib/use-api.ts';

const FAMILIES = [
  '',
  'user',
  'member',
  'invitation',
  'token',
  'store',
  'campaign',
  'import',
  'export',
  'webhook',
  'workspace',
  'rate',
];

export function AuditPage() {
  const [action, setAction] = useState('');
  const [since, setSince] = useState('');
  const q = new URLSearchParams();
  if (action) q.set('action', action);
  if (since) q.set('since', new Date(`${since}T00:00:00Z`).toISOString());
  const events = useApi(() => teamApi.audit(q), q.toString());
  return (
    <div>
      <h1>Audit log</h1>
      <div className="filters">
        <label>
          Action{' '}
          <select value={action} onChange={(e) => setAction(e.target.value)}>
            {FAMILIES.map((f) => (
              <option key={f} value={f}>
                {f || 'all'}
              </option>
            ))}
          </select>
        </label>
        <label>
          Since <input type="date" value={since} onChange={(e) => setSince(e.target.value)} />
        </label>
        <a className="button" href={`/api/v1/audit.csv?${q}`} download>
          Export CSV
        </a>
      </div>
      <ErrorBox error={events.error} retry={events.reload} />
      {!events.data ? (
        <Loading what="the audit log" />
      ) : events.data.items.length === 0 ? (
        <Empty title="Nothing recorded for this filter." />
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">What</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {events.data.items.map((e) => (
                <tr key={e.id}>
                  <td>{dateTime(e.at)}</td>
                  <td>{e.actor}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>{e.target ?? ''}</td>
                  <td className="small">
                    <code className="link">{Object.keys(e.details).length ? JSON.stringify(e.details) : ''}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
