// The filters of the relationships table: stage, owner (a member or nobody), tag and one custom field's
// value. They become the API's query, so paging and the total count the filtered rows.
import type { Member } from '../lib/team-api.ts';
import type { FieldBody } from '../lib/relationships-api.ts';
import { stageLabel } from './pipeline-board.tsx';

export interface Filters {
  stage: string;
  owner: string;
  tag: string;
  fieldId: string;
  fieldValue: string;
}
export const NO_FILTERS: Filters = { stage: '', owner: '', tag: '', fieldId: '', fieldValue: '' };

export function filterQuery(f: Filters): Record<string, string> {
  return {
    ...(f.stage && { stage: f.stage }),
    ...(f.owner && { owner: f.owner }),
    ...(f.tag.trim() && { tag: f.tag.trim() }),
    ...(f.fieldId && f.fieldValue.trim() && { field_id: f.fieldId, field_value: f.fieldValue.trim() }),
  };
}

export function RelationshipFilters({
  value,
  onChange,
  stages,
  members,
  fields,
}: {
  value: Filters;
  onChange: (f: Filters) => void;
  stages: string[];
  members: Member[];
  fields: FieldBody[];
}) {
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  const field = fields.find((f) => String(f.id) === value.fieldId);
  return (
    <fieldset className="filters">
      <legend className="sr-only">Filter the table</legend>
      <label>
        Stage{' '}
        <select value={value.stage} onChange={(e) => set({ stage: e.target.value })}>
          <option value="">All stages</option>
          {stages.map((s) => (
            <option key={s} value={s}>
              {stageLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Owner{' '}
        <select value={value.owner} onChange={(e) => set({ owner: e.target.value })}>
          <option value="">Anyone</option>
          <option value="none">Nobody</option>
          {members.map((m) => (
            <option key={m.id} value={String(m.id)}>
              {m.email}
            </option>
          ))}
        </select>
      </label>
      <label>
        Tag <input value={value.tag} onChange={(e) => set({ tag: e.target.value })} size={12} />
      </label>
      {fields.length > 0 && (
        <>
          <label>
            Field{' '}
            <select value={value.fieldId} onChange={(e) => set({ fieldId: e.target.value, fieldValue: '' })}>
              <option value="">–</option>
              {fields.map((f) => (
                <option key={f.id} value={String(f.id)}>
                  {f.name}
                </option>
              ))}
            </select>
          </label>
          {field && (
            <label htmlFor="filter-field-value">
              {field.name} is{' '}
              {field.type === 'select' ? (
                <select
                  id="filter-field-value"
                  value={value.fieldValue}
                  onChange={(e) => set({ fieldValue: e.target.value })}
                >
                  <option value="">–</option>
                  {field.options.map((o) => (
                    <option key={o}>{o}</option>
                  ))}
                </select>
              ) : (
                <input
                  id="filter-field-value"
                  type={field.type === 'date' ? 'date' : field.type === 'number' ? 'number' : 'text'}
                  value={value.fieldValue}
                  onChange={(e) => set({ fieldValue: e.target.value })}
                />
              )}
            </label>
          )}
        </>
      )}
      <p className="muted small">
        Last contact: not tracked yet (emails come with outreach), so there is no filter by it.
      </p>
    </fieldset>
  );
}
