// The inbox: email threads with creators that have an answer in them, unread ones in bold. Opening a
// thread marks it read for the workspace; an answer written here is sent from the brand's mailbox as a
// reply in the same conversation (threaded in her mail client).
import { useState, type FormEvent } from 'react';
import { Empty, ErrorBox, Loading } from '../components/states.tsx';
import type { ApiError } from '../lib/api.ts';
import { inboxApi } from '../lib/inbox-api.ts';
import { Can } from '../lib/permissions.tsx';
import { Link } from '../lib/router.tsx';
import { useApi } from '../lib/use-api.ts';

export function InboxPage() {
  const threads = useApi(() => inboxApi.threads(), 'inbox');
  const [open, setOpen] = useState<number>();
  const choose = (id: number) => {
    setOpen(id);
    void inboxApi.markRead(id).then(threads.reload, () => undefined);
  };
  return (
    <div>
      <h1>Inbox</h1>
      <ErrorBox error={threads.error} retry={threads.reload} />
      {!threads.data && !threads.error && <Loading what="the inbox" />}
      {threads.data && threads.data.threads.length === 0 && (
        <Empty title="No answers yet.">Replies from creators appear here as soon as the mailbox receives them.</Empty>
      )}
      {threads.data && threads.data.threads.length > 0 && (
        <table className="inbox">
          <thead>
            <tr>
              <th scope="col">Creator</th>
              <th scope="col">Subject</th>
              <th scope="col">Emails</th>
              <th scope="col">Last</th>
            </tr>
          </thead>
          <tbody>
            {threads.data.threads.map((t) => (
              <tr key={t.thread_root} className={t.unread > 0 ? 'unread' : undefined}>
                <td>
                  {t.creator_id === null ? (
                    'Unknown sender'
                  ) : (
                    <Link to={`/creators/${t.creator_id}`}>{t.creator_name ?? `Creator ${t.creator_id}`}</Link>
                  )}
                </td>
                <td>
                  <button type="button" className="link-button" onClick={() => choose(t.last_message_id)}>
                    {t.unread > 0 ? <strong>{t.subject || '(no subject)'}</strong> : t.subject || '(no subject)'}
                  </button>
                  {t.unread > 0 && <span className="badge">{t.unread} unread</span>}
                </td>
                <td>{t.messages}</td>
                <td className="muted small">{t.last_at.slice(0, 16).replace('T', ' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open !== undefined && <Thread id={open} key={open} onSent={threads.reload} />}
    </div>
  );
}

function Thread({ id, onSent }: { id: number; onSent: () => void }) {
  const thread = useApi(() => inboxApi.thread(id), `thread:${id}`);
  const [body, setBody] = useState('');
  const [error, setError] = useState<ApiError>();
  const [sending, setSending] = useState(false);
  const send = (e: FormEvent) => {
    e.preventDefault();
    setSending(true);
    inboxApi.reply(id, body).then(
      (r) => {
        setSending(false);
        if (r.status !== 'sent')
          setError({ message: `Not sent (${r.status}): ${r.error ?? 'no reason given'}` } as ApiError);
        else setBody('');
        thread.reload();
        onSent();
      },
      (err: unknown) => {
        setSending(false);
        setError(err as ApiError);
      },
    );
  };
  return (
    <section aria-label="Thread" className="thread">
      <ErrorBox error={thread.error} retry={thread.reload} />
      {!thread.data && !thread.error && <Loading what="the thread" />}
      {thread.data?.messages.map((m) => (
        <article key={m.id} className={m.direction === 'in' ? 'email in' : 'email out'}>
          <header className="small">
            <strong>{m.direction === 'in' ? m.from : 'You'}</strong> → {m.to}{' '}
            <span className="muted">
              {m.at.slice(0, 16).replace('T', ' ')} · {m.kind.replace('_', ' ')}
              {m.direction === 'out' && m.status !== 'sent' ? ` · ${m.status}` : ''}
            </span>
          </header>
          <h3>{m.subject}</h3>
          <pre className="email-body">{m.body_text}</pre>
        </article>
      ))}
      <Can do="relationships.write">
        <form onSubmit={send} className="stack">
          <label>
            Answer
            <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={5} required maxLength={20_000} />
          </label>
          {error && <ErrorBox error={error} />}
          <p>
            <button type="submit" disabled={sending || body.trim() === ''}>
              {sending ? 'Sending…' : 'Send answer'}
            </button>
          </p>
        </form>
      </Can>
    </section>
  );
}
