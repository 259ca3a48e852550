// The workspace's own mailboxes for outreach: the list (user@host only, never a password), an add form
// (the server checks the SMTP login before storing anything) and pause / resume.
import { type FormEvent, useState } from 'react';
import { Empty, ErrorBox, Loading } from '../../components/states.tsx';
import { outreachApi } from '../../lib/outreach-api.ts';
import { Can } from '../../lib/permissions.tsx';
import { useApi } from '../../lib/use-api.ts';
import { useAction } from './use-action.ts';

export function MailboxesSettings() {
  const mailboxes = useApi(() => outreachApi.mailboxes(), 'mailboxes');
  const [from, setFrom] = useState('');
  const [smtp, setSmtp] = useState('');
  const [imap, setImap] = useState('');
  const [limit, setLimit] = useState('40');
  const [added, setAdded] = useState<string>();
  const action = useAction();
  const add = (e: FormEvent) => {
    e.preventDefault();
    setAdded(undefined);
    void action.run(
      () => outreachApi.addMailbox({ from, smtp, ...(imap ? { imap } : {}), daily_limit: Number(limit) || undefined }),
      (r) => {
        setAdded(`${r.mailbox.from_address} ${r.created ? 'added' : 'updated'}: the SMTP login works.`);
        setSmtp('');
        setImap('');
        mailboxes.reload();
      },
    );
  };
  const toggle = (id: number, paused: boolean) =>
    void action.run(() => (paused ? outreachApi.resumeMailbox(id) : outreachApi.pauseMailbox(id)), mailboxes.reload);
  return (
    <section>
      <h2>Mailboxes</h2>
      <p className="muted">
        Outreach is sent from your own address through its SMTP server, with an app password (stored encrypted, never
        shown again). With IMAP, answers and bounces arrive in the Inbox.
      </p>
      <ErrorBox error={mailboxes.error ?? action.error} />
      {added && <p role="status">{added}</p>}
      {!mailboxes.data ? (
        <Loading what="mailboxes" />
      ) : mailboxes.data.mailboxes.length === 0 ? (
        <Empty title="No mailbox yet.">Add one below to send sequences.</Empty>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">Login</th>
              <th scope="col">A day</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {mailboxes.data.mailboxes.map((m) => (
              <tr key={m.id}>
                <td>
                  {m.from_name && `${m.from_name} `}
                  <code>{m.from_address}</code>
                </td>
                <td className="small">
                  SMTP {m.smtp ?? 'unreadable with this installation key'}
                  {m.imap && (
                    <>
                      <br />
                      IMAP {m.imap}
                    </>
                  )}
                </td>
                <td>{m.daily_limit}</td>
                <td>
                  {m.status}
                  {m.last_error && <span className="muted small"> ({m.last_error})</span>}
                </td>
                <td>
                  <Can do="relationships.write">
                    <button type="button" disabled={action.busy} onClick={() => toggle(m.id, m.status === 'paused')}>
                      {m.status === 'paused' ? 'Resume' : 'Pause'}
                      <span className="sr-only"> {m.from_address}</span>
                    </button>
                  </Can>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Can do="relationships.write">
        <form onSubmit={add} className="form-grid">
          <h3>Add a mailbox</h3>
          <label>
            From{' '}
            <input value={from} onChange={(e) => setFrom(e.target.value)} placeholder="Ana <ana@brand.com>" required />
          </label>
          <label>
            SMTP{' '}
            <input
              value={smtp}
              onChange={(e) => setSmtp(e.target.value)}
              placeholder="smtps://ana%40brand.com:app-password@smtp.brand.com:465"
              autoComplete="off"
              required
            />
          </label>
          <label>
            IMAP (optional){' '}
            <input
              value={imap}
              onChange={(e) => setImap(e.target.value)}
              placeholder="imaps://ana%40brand.com:app-password@imap.brand.com:993"
              autoComplete="off"
            />
          </label>
          <label>
            Emails a day{' '}
            <input type="number" min={1} max={2000} value={limit} onChange={(e) => setLimit(e.target.value)} />
          </label>
          <p>
            <button type="submit" disabled={action.busy}>
              {action.busy ? 'Checking the login…' : 'Add mailbox'}
            </button>
          </p>
        </form>
      </Can>
    </section>
  );
}
