// One sequence: its steps, every enrolled creator with her status, "enroll a list" (those refused are
// named with the reason) and a step previewed for a chosen creator with the sending renderer (an unfilled
// field is shown by name: that email would not go out).
import { type FormEvent, useState } from 'react';
import { ErrorBox, Loading } from '../components/states.tsx';
import type { ApiError } from '../lib/api.ts';
import { type EnrollResultBody, outreachApi, type PreviewBody } from '../lib/outreach-api.ts';
import { Can } from '../lib/permissions.tsx';
import { relationshipsApi } from '../lib/relationships-api.ts';
import { Link } from '../lib/router.tsx';
import { useApi } from '../lib/use-api.ts';

export function SequencePage({ id }: { id: number }) {
  const sequence = useApi(() => outreachApi.sequence(id), `sequence:${id}`);
  const lists = useApi(() => relationshipsApi.lists(), 'lists');
  const [listId, setListId] = useState<number>();
  const members = useApi(
    () => (listId === undefined ? Promise.resolve(null) : relationshipsApi.list(listId)),
    `list:${listId ?? 'none'}`,
  );
  const [enrolled, setEnrolled] = useState<EnrollResultBody>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const enroll = (e: FormEvent) => {
    e.preventDefault();
    if (listId === undefined) return;
    setBusy(true);
    setError(undefined);
    outreachApi.enrollList(id, listId).then(
      (r) => {
        setBusy(false);
        setEnrolled(r);
        sequence.reload();
      },
      (err: unknown) => {
        setBusy(false);
        setError(err as ApiError);
      },
    );
  };
  const s = sequence.data;
  // Creators to preview with: those enrolled, and the members of the list picked below.
  const creators = new Map<number, string>();
  for (const e of s?.enrollments ?? []) creators.set(e.creator_id, e.name ?? e.creator);
  for (const m of members.data?.creators ?? []) creators.set(m.creator_id, m.name ?? `${m.platform}:${m.handle}`);
  return (
    <div>
      <p className="small">
        <Link to="/outreach">← Outreach</Link>
      </p>
      <ErrorBox error={sequence.error} retry={sequence.reload} />
      {!s && !sequence.error && <Loading what="the sequence" />}
      {s && (
        <>
          <h1>{s.name}</h1>
          <section aria-labelledby="steps">
            <h2 id="steps">Steps</h2>
            <ol className="sequence-steps">
              {s.steps.map((st) => (
                <li key={st.position}>
                  <strong>{st.subject}</strong>{' '}
                  <span className="muted small">
                    {st.position === 1 ? `${st.delay_days} days after enrolling` : `${st.delay_days} days later`}
                  </span>
                  <pre className="email-body">{st.body}</pre>
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="pick">
            <h2 id="pick">Enroll a list</h2>
            <form onSubmit={enroll} className="form-grid">
              <label>
                List
                <select
                  value={listId ?? ''}
                  onChange={(e) => setListId(e.target.value === '' ? undefined : Number(e.target.value))}
                >
                  <option value="">Choose a list…</option>
                  {lists.data?.items.map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.name} ({l.size})
                    </option>
                  ))}
                </select>
              </label>
              <Can do="relationships.write">
                <button type="submit" disabled={busy || listId === undefined}>
                  {busy ? 'Enrolling…' : 'Enroll the list'}
                </button>
              </Can>
            </form>
            <ErrorBox error={error ?? lists.error} />
            {enrolled && (
              <div role="status">
                {enrolled.enrolled.length} enrolled, {enrolled.already.length} already in it, {enrolled.refused.length}{' '}
                refused.
                {enrolled.refused.length > 0 && (
                  <ul>
                    {enrolled.refused.map((r) => (
                      <li key={r.creator}>
                        {r.creator}: {r.reason}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
          </section>
          <Preview sequenceId={id} steps={s.steps.map((st) => st.position)} creators={creators} />
          <section aria-labelledby="enrolled">
            <h2 id="enrolled">Creators in this sequence</h2>
            {s.enrollments.length === 0 ? (
              <p className="muted">Nobody yet.</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">Creator</th>
                    <th scope="col">Email</th>
                    <th scope="col">Status</th>
                    <th scope="col">Next</th>
                  </tr>
                </thead>
                <tbody>
                  {s.enrollments.map((e) => (
                    <tr key={e.id}>
                      <td>
                        <Link to={`/creators/${e.creator_id}`}>{e.name ?? e.creator}</Link>
                      </td>
                      <td className="small">{e.email}</td>
                      <td>
                        {e.status.replace('_', ' ')}
                        {e.stop_reason && <span className="muted small"> ({e.stop_reason})</span>}
                      </td>
                      <td className="small">
                        {e.next_position === null
                          ? '—'
                          : `step ${e.next_position}, ${e.next_due_at?.slice(0, 16).replace('T', ' ') ?? ''}`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </div>
  );
}

function Preview({
  sequenceId,
  steps,
  creators,
}: {
  sequenceId: number;
  steps: number[];
  creators: Map<number, string>;
}) {
  const [position, setPosition] = useState(steps[0] ?? 1);
  const [creatorId, setCreatorId] = useState<number>();
  const [shown, setShown] = useState<PreviewBody>();
  const [error, setError] = useState<ApiError>();
  const show = (e: FormEvent) => {
    e.preventDefault();
    if (creatorId === undefined) return;
    setError(undefined);
    outreachApi.preview(sequenceId, position, creatorId).then(setShown, (err: unknown) => setError(err as ApiError));
  };
  return (
    <section aria-labelledby="preview" className="thread">
      <h2 id="preview">Preview a step</h2>
      <form onSubmit={show} className="form-grid">
        <label>
          Step
          <select value={position} onChange={(e) => setPosition(Number(e.target.value))}>
            {steps.map((p) => (
              <option key={p} value={p}>
                Step {p}
              </option>
            ))}
          </select>
        </label>
        <label>
          Creator
          <select
            value={creatorId ?? ''}
            onChange={(e) => setCreatorId(e.target.value === '' ? undefined : Number(e.target.value))}
          >
            <option value="">{creators.size === 0 ? 'Pick a list above first' : 'Choose a creator…'}</option>
            {[...creators].map(([cid, name]) => (
              <option key={cid} value={cid}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={creatorId === undefined}>
          Preview
        </button>
      </form>
      <ErrorBox error={error} />
      {shown && (
        <article className="email out" aria-label="Preview">
          <header className="small">
            To {shown.email ?? <em>no email in this workspace</em>} ({shown.creator})
          </header>
          {!shown.sendable && (
            <p role="alert" className="error-box">
              {shown.problem}
            </p>
          )}
          <h3>
            {shown.subject.text ?? `Subject not filled: ${shown.subject.missing.map((f) => `{{${f}}}`).join(', ')}`}
          </h3>
          <pre className="email-body">
            {shown.body.text ??
              `Body not filled: ${[...shown.body.missing, ...shown.body.unknown].map((f) => `{{${f}}}`).join(', ')}`}
          </pre>
        </article>
      )}
    </section>
  );
}
