// Contact details as this workspace knows them (its imported files) and the opt-out state, which holds
// for the whole workspace: once recorded, outreach will not write to her from any mailbox.
import { useState, type FormEvent } from 'react';
import { Can } from '../lib/permissions.tsx';
import { relationshipsApi, type RelationshipDetailBody } from '../lib/relationships-api.ts';

type Act = (work: Promise<unknown>, after?: () => void) => void;

export function RelationshipContact({ r, act }: { r: RelationshipDetailBody; act: Act }) {
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState(false);
  const { contact } = r;
  const record = (e: FormEvent) => {
    e.preventDefault();
    act(relationshipsApi.optOut(r.creator_id, reason, contact.emails[0]?.email ?? null), () => {
      setReason('');
      setAsking(false);
    });
  };
  return (
    <>
      <h3>Contact</h3>
      {contact.emails.length === 0 ? (
        <p className="muted">No email in this workspace's files (import a CSV with an email column).</p>
      ) : (
        <ul>
          {contact.emails.map((e) => (
            <li key={e.email}>
              {e.email} <span className="muted small">from {e.source}</span>
            </li>
          ))}
        </ul>
      )}
      {contact.opted_out ? (
        <p>
          <span className="badge suspicious-badge">opted out</span> Do not contact: {contact.opt_outs[0]?.reason} (
          {contact.opt_outs[0]?.source}, {contact.opt_outs[0]?.created_at.slice(0, 10)})
        </p>
      ) : (
        <Can do="relationships.write">
          {asking ? (
            <form onSubmit={record} className="form-grid" aria-label="Record an opt-out">
              <label>
                Why (as she said it) <input required value={reason} onChange={(e) => setReason(e.target.value)} />
              </label>
              <div className="actions">
                <button type="submit">Record opt-out</button>
                <button type="button" onClick={() => setAsking(false)}>
                  Cancel
                </button>
              </div>
            </form>
          ) : (
            <button type="button" className="small" onClick={() => setAsking(true)}>
              She opted out…
            </button>
          )}
        </Can>
      )}
    </>
  );
}
