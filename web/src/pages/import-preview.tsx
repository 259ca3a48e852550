// The preview of a creator CSV before it is imported: every column with what it will feed (the
// user can change it), and the first rows as the creators they will become or the reason they will
// be rejected. "Preview again" re-reads the rows with the changed columns; "Import" sends the same
// mapping, so what is stored is what was shown.
import { useState } from 'react';
import { ErrorBox } from '../components/states.tsx';
import { api, type ApiError, type ImportPreviewBody, type ImportSummaryBody } from '../lib/api.ts';
import { int } from '../lib/format.ts';

type Row = ImportPreviewBody['rows'][number];

export function ImportPreview({
  form,
  initial,
  onImported,
}: {
  /** The upload form as first sent (file, platform, date), without a mapping. */
  form: FormData;
  initial: ImportPreviewBody;
  onImported: (result: ImportSummaryBody) => void;
}) {
  const [preview, setPreview] = useState(initial);
  const [changes, setChanges] = useState<Map<number, string | null>>(new Map());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const withMapping = () => {
    const body = new FormData();
    for (const [key, value] of form) body.append(key, value);
    const mapping = [...changes].map(([column, field]) => ({ column, field }));
    if (mapping.length > 0) body.set('mapping', JSON.stringify(mapping));
    return body;
  };
  const run = async (send: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await send();
    } catch (e) {
      setError(e as ApiError);
    } finally {
      setBusy(false);
    }
  };
  const fieldOf = (column: number, found: string | null) => (changes.has(column) ? changes.get(column)! : found);
  return (
    <section className="card import-preview" aria-label="Import preview">
      <h2>Preview of {preview.file}</h2>
      <p role="status">
        <strong>{int(preview.total_rows)}</strong> rows will be imported
        {' · '}
        <strong className={preview.rejected ? 'bad' : ''}>{int(preview.rejected)}</strong> rejected
      </p>
      <h3>Columns</h3>
      <table className="mapping">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Column in the file</th>
            <th scope="col">Read as</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((c) => (
            <tr key={c.column}>
              <td className="num">{c.column + 1}</td>
              <td>{c.header}</td>
              <td>
                <select
                  aria-label={`Read column ${c.header} as`}
                  value={fieldOf(c.column, c.field) ?? ''}
                  onChange={(e) => setChanges(new Map(changes).set(c.column, e.target.value || null))}
                >
                  <option value="">not read</option>
                  {preview.fields.map((f) => (
                    <option key={f} value={f}>
                      {f}
                    </option>
                  ))}
                </select>
                {c.note ? <span className="small muted"> · {c.note}</span> : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>First rows as they will be read</h3>
      <table className="preview-rows">
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Accounts</th>
            <th scope="col">Name</th>
            <th scope="col" className="num">
              Followers
            </th>
            <th scope="col">Country</th>
            <th scope="col">Email</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r) => (
            <PreviewRow key={r.row} r={r} />
          ))}
        </tbody>
      </table>
      {preview.warnings.length > 0 && (
        <ul className="warnings">
          {preview.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <ErrorBox error={error} />
      <div className="actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(async () => setPreview(await api.previewUpload(withMapping())))}
        >
          Preview again
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => void run(async () => onImported(await api.upload(withMapping())))}
        >
          {busy ? 'Working…' : 'Import with these columns'}
        </button>
      </div>
    </section>
  );
}

function PreviewRow({ r }: { r: Row }) {
  if (!r.creator) {
    const why = `rejected: ${r.rejection?.field}: ${r.rejection?.reason}`;
    return (
      <tr className="rejected">
        <td>{r.row}</td>
        <td colSpan={5}>{why}</td>
      </tr>
    );
  }
  const c = r.creator;
  return (
    <tr>
      <td>{r.row}</td>
      <td>{c.accounts.map((a) => `${a.platform}:${a.handle}`).join(', ')}</td>
      <td>{c.display_name ?? <span className="muted">n/a</span>}</td>
      <td className="num">{c.accounts.map((a) => (a.followers === null ? 'n/a' : int(a.followers))).join(' / ')}</td>
      <td>{c.country ?? <span className="muted">n/a</span>}</td>
      <td>{c.email ?? <span className="muted">n/a</span>}</td>
    </tr>
  );
}
