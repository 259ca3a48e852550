// Defining a custom relationship field (an admin's setting): a name, a type, and for a select its options,
// comma-separated. The server checks them (a select needs options; names are unique in the workspace).
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../lib/api.ts';
import { relationshipsApi, type FieldBody } from '../lib/relationships-api.ts';
import { ErrorBox } from './states.tsx';

const TYPES: FieldBody['type'][] = ['text', 'number', 'date', 'select'];

export function DefineField({ onDefined }: { onDefined: () => void }) {
  const [name, setName] = useState('');
  const [type, setType] = useState<FieldBody['type']>('text');
  const [options, setOptions] = useState('');
  const [error, setError] = useState<ApiError>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    const list =
      type === 'select'
        ? options
            .split(',')
            .map((o) => o.trim())
            .filter(Boolean)
        : [];
    relationshipsApi.createField({ name: name.trim(), type, options: list }).then(
      () => {
        setName('');
        setOptions('');
        onDefined();
      },
      (err: unknown) => setError(err as ApiError),
    );
  };
  return (
    <details className="card narrow">
      <summary>Define a custom field</summary>
      <form onSubmit={submit} className="form-grid" aria-label="Define a custom field">
        <label>
          Name <input required value={name} onChange={(e) => setName(e.target.value)} placeholder="Shoe size" />
        </label>
        <label>
          Type{' '}
          <select value={type} onChange={(e) => setType(e.target.value as FieldBody['type'])}>
            {TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        {type === 'select' && (
          <label>
            Options (comma-separated){' '}
            <input required value={options} onChange={(e) => setOptions(e.target.value)} placeholder="gold, silver" />
          </label>
        )}
        <ErrorBox error={error} />
        <div className="actions">
          <button type="submit">Add field</button>
        </div>
      </form>
    </details>
  );
}
