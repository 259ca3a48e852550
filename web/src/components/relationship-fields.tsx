// The workspace's custom fields on one relationship: each shown with its value and editable in place
// (an input by type; a select field offers its options). Saving sends only the fields that changed.
import { useState, type FormEvent } from 'react';
import { useCan } from '../lib/permissions.tsx';
import { relationshipsApi, type FieldBody, type RelationshipDetailBody } from '../lib/relationships-api.ts';

type Act = (work: Promise<unknown>, after?: () => void) => void;

const INPUT_TYPE = { text: 'text', number: 'number', date: 'date' } as const;

export function RelationshipFields({ r, fields, act }: { r: RelationshipDetailBody; fields: FieldBody[]; act: Act }) {
  const canWrite = useCan('relationships.write');
  const stored = (id: number) => r.fields.find((f) => f.field_id === id)?.value ?? '';
  const [draft, setDraft] = useState<Record<number, string>>({});
  if (fields.length === 0) return null;
  const current = (id: number) => draft[id] ?? stored(id);
  const save = (e: FormEvent) => {
    e.preventDefault();
    const changed = fields.filter((f) => draft[f.id] !== undefined && draft[f.id] !== stored(f.id));
    act(
      (async () => {
        for (const f of changed) await relationshipsApi.setField(r.creator_id, f.id, draft[f.id]!.trim() || null);
      })(),
      () => setDraft({}),
    );
  };
  return (
    <form onSubmit={save} className="form-grid" aria-label="Custom fields">
      <h3>Fields</h3>
      {fields.map((f) => (
        <label key={f.id} htmlFor={`rel-field-${f.id}`}>
          {f.name}{' '}
          {f.type === 'select' ? (
            <select
              id={`rel-field-${f.id}`}
              value={current(f.id)}
              disabled={!canWrite}
              onChange={(e) => setDraft({ ...draft, [f.id]: e.target.value })}
            >
              <option value="">–</option>
              {f.options.map((o) => (
                <option key={o}>{o}</option>
              ))}
            </select>
          ) : (
            <input
              id={`rel-field-${f.id}`}
              type={INPUT_TYPE[f.type]}
              step={f.type === 'number' ? 'any' : undefined}
              value={current(f.id)}
              readOnly={!canWrite}
              onChange={(e) => setDraft({ ...draft, [f.id]: e.target.value })}
            />
          )}
        </label>
      ))}
      {canWrite && (
        <div className="actions">
          <button type="submit" disabled={Object.keys(draft).length === 0}>
            Save fields
          </button>
        </div>
      )}
    </form>
  );
}
