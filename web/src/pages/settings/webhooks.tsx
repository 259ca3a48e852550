// Outgoing webhooks: endpoints with their event filter, the signing secret shown once (add, rotate),
// "send test event", and each endpoint's delivery log with replay.
import { useState, type FormEvent } from 'react';
import { CopyButton } from '../../components/copy-button.tsx';
import { Empty, ErrorBox, Loading } from '../../components/states.tsx';
import { api, type EndpointListBody } from '../../lib/api.ts';
import { dateTime } from '../../lib/format.ts';
import { useApi } from '../../lib/use-api.ts';
import { useAction } from './use-action.ts';

export function WebhooksSettings() {
  const endpoints = useApi(() => api.webhookEndpoints(), 'webhook-endpoints');
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const [secret, setSecret] = useState<string>();
  const action = useAction();
  const add = (e: FormEvent) => {
    e.preventDefault();
    void action.run(
      () => api.addWebhookEndpoint({ url, events }),
      (made) => {
        setSecret(made.secret);
        setUrl('');
        endpoints.reload();
      },
    );
  };
  const toggle = (t: string) => setEvents((s) => (s.includes(t) ? s.filter((x) => x !== t) : [...s, t]));
  return (
    <section>
      <h2>Outgoing webhooks</h2>
      <p className="muted">
        Signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature). Failed deliveries are retried
        for 3 days, then the endpoint is disabled.
      </p>
      <ErrorBox error={endpoints.error ?? action.error} />
      {secret && (
        <p role="status">
          Signing secret (shown once): <code>{secret}</code> <CopyButton text={secret} label="Copy secret" />
        </p>
      )}
      <form onSubmit={add}>
        <label>
          URL <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} required />
        </label>
        <fieldset>
          <legend>Events (none = all)</legend>
          {endpoints.data?.event_types.map((t) => (
            <label key={t}>
              <input type="checkbox" checked={events.includes(t)} onChange={() => toggle(t)} /> {t}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={action.busy}>
          Add endpoint
        </button>
      </form>
      {!endpoints.data ? (
        <Loading what="endpoints" />
      ) : endpoints.data.items.length === 0 ? (
        <Empty title="No endpoint yet" />
      ) : (
        endpoints.data.items.map((e) => <Endpoint key={e.id} e={e} onSecret={setSecret} onChange={endpoints.reload} />)
      )}
    </section>
  );
}

function Endpoint({
  e,
  onSecret,
  onChange,
}: {
  e: EndpointListBody['items'][number];
  onSecret: (s: string) => void;
  onChange: () => void;
}) {
  const log = useApi(() => api.webhookSends(e.id), `sends-${e.id}`);
  const action = useAction();
  return (
    <article className="card" data-testid={`endpoint-${e.id}`}>
      <h3>
        {e.url} {e.disabled_at && <span className="badge warn">disabled</span>}
      </h3>
      <p className="muted">
        {e.events.length ? e.events.join(', ') : 'every event'}
        {e.disabled_reason && ` — ${e.disabled_reason}`}
        {e.previous_secret_signs_until && ` — previous secret signs until ${dateTime(e.previous_secret_signs_until)}`}
      </p>
      <ErrorBox error={log.error ?? action.error} />
      <button
        type="button"
        disabled={action.busy}
        onClick={() => void action.run(() => api.sendTestWebhook(e.id), log.reload)}
      >
        Send test event
      </button>{' '}
      <button
        type="button"
        disabled={action.busy}
        onClick={() =>
          void action.run(
            () => api.rotateWebhookSecret(e.id),
            (r) => (onSecret(r.secret), onChange()),
          )
        }
      >
        Rotate secret
      </button>
      <table>
        <thead>
          <tr>
            <th>Event</th>
            <th>Status</th>
            <th>Attempts</th>
            <th>Last answer</th>
            <th>Latency</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {log.data?.items.map((s) => (
            <tr key={s.id}>
              <td>
                {s.type} <code>{s.message_id}</code>
              </td>
              <td>{s.status}</td>
              <td>{s.attempts}</td>
              <td>{s.last_error ?? s.last_status_code ?? '—'}</td>
              <td>{s.latency_ms === null ? 'n/a' : `${s.latency_ms} ms`}</td>
              <td>
                <button type="button" onClick={() => void action.run(() => api.replayWebhookSend(s.id), log.reload)}>
                  Replay
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
