// Imports: upload a creator CSV, see how its columns were read and every rejected row with its field
// and reason; then commenter profiles for the authenticity signal; below, the earlier import runs.
import { useState, type MouseEvent } from 'react';
import { Pager } from '../components/pager.tsx';
import { RejectedRows } from '../components/rejected-rows.tsx';
import { Empty, ErrorBox } from '../components/states.tsx';
import { api, ApiError, type ImportPreviewBody, type ImportSummaryBody } from '../lib/api.ts';
import { dateTime, int } from '../lib/format.ts';
import { useApi } from '../lib/use-api.ts';
import { useUpload } from '../lib/use-upload.ts';
import { ImportPreview } from './import-preview.tsx';
import { ProfileImport } from './profile-import.tsx';
import { Can } from '../lib/permissions.tsx';

export function ImportsPage() {
  const [runsPage, setRunsPage] = useState(1);
  const [tick, setTick] = useState(0);
  const runs = useApi(() => api.imports(runsPage), `${runsPage}:${tick}`);
  const [preview, setPreview] = useState<{ form: FormData; body: ImportPreviewBody; key: number }>();
  const [previewError, setPreviewError] = useState<ApiError>();
  const [imported, setImported] = useState<ImportSummaryBody>();
  const upload = useUpload(api.upload, {
    noFile: 'Choose a CSV file first.',
    optional: ['platform', 'observed_at'],
    onDone: () => {
      setTick((t) => t + 1);
      setPreview(undefined);
      setImported(undefined);
    },
  });
  // The same form, previewed instead of imported: nothing is stored until "Import with these columns".
  const showPreview = async (e: MouseEvent<HTMLButtonElement>) => {
    const form = new FormData(e.currentTarget.form ?? undefined);
    setPreviewError(undefined);
    setImported(undefined);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) {
      const details = [{ path: 'file', message: 'no file chosen' }];
      setPreviewError(new ApiError(400, 'validation_failed', 'Choose a CSV file first.', details));
      return;
    }
    for (const key of ['platform', 'observed_at']) if (!form.get(key)) form.delete(key);
    try {
      setPreview({ form, body: await api.previewUpload(form), key: Date.now() });
    } catch (err) {
      setPreviewError(err as ApiError);
    }
  };
  const result = imported ?? upload.result;
  return (
    <div>
      <h1>Import creators</h1>
      <p className="muted">
        A creator list exported from another tool (CSV). Headers are recognised in many wordings; numbers like{' '}
        <code>3.3k</code>, <code>1,39 %</code> or <code>N/A</code> are read as they are meant. <em>Preview columns</em>{' '}
        shows the first rows as they will be read and lets you change what a column means before importing. Importing
        the same file again changes nothing.
      </p>
      <Can do="creators.import">
        <form className="card narrow form-grid" onSubmit={upload.submit} aria-label="Upload a creator CSV">
          <label>
            CSV file <input type="file" name="file" accept=".csv,text/csv" required />
          </label>
          <label>
            Platform (when the file does not say){' '}
            <select name="platform" defaultValue="">
              <option value="">from the file</option>
              <option>instagram</option>
              <option>tiktok</option>
              <option>youtube</option>
            </select>
          </label>
          <label>
            Numbers observed on <input type="date" name="observed_at" />
          </label>
          <div className="actions">
            <button type="button" onClick={(e) => void showPreview(e)}>
              Preview columns
            </button>
            <button type="submit" className="primary" disabled={upload.busy}>
              {upload.busy ? 'Importing…' : 'Import'}
            </button>
          </div>
        </form>
        <ErrorBox error={upload.error ?? previewError} />
        {preview && !imported && (
          <ImportPreview
            key={preview.key}
            form={preview.form}
            initial={preview.body}
            onImported={(r) => {
              setImported(r);
              setTick((t) => t + 1);
            }}
          />
        )}
        {result && <ImportResult r={result} />}
        <ProfileImport />
      </Can>
      <section className="card">
        <h2>Earlier imports</h2>
        <ErrorBox error={runs.error} retry={runs.reload} />
        {runs.data && runs.data.total === 0 && <Empty title="No imports yet." />}
        {runs.data && runs.data.total > 0 && (
          <>
            <table>
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Started</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="num">
                    New
                  </th>
                  <th scope="col" className="num">
                    Updated
                  </th>
                  <th scope="col" className="num">
                    Unchanged
                  </th>
                  <th scope="col" className="num">
                    Rejected
                  </th>
                </tr>
              </thead>
              <tbody>
                {runs.data.items.map((r) => (
                  <tr key={r.id}>
                    <td>{r.file_name}</td>
                    <td>{r.kind}</td>
                    <td>{dateTime(r.started_at)}</td>
                    <td>
                      <span className={`badge ${r.status}`}>{r.status}</span>
                    </td>
                    <td className="num">{int(r.imported)}</td>
                    <td className="num">{int(r.updated)}</td>
                    <td className="num">{int(r.unchanged)}</td>
                    <td className="num">
                      {r.rejected > 0 ? (
                        <details>
                          <summary>{int(r.rejected)}</summary>
                          <ul className="small">
                            {r.rejections.slice(0, 20).map((x, i) => (
                              <li key={i}>
                                {x.record}: {x.field}: {x.reason}
                              </li>
                            ))}
                            {r.rejections.length > 20 && <li>… and {r.rejections.length - 20} more</li>}
                          </ul>
                        </details>
                      ) : (
                        0
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager
              page={runsPage}
              perPage={runs.data.per_page}
              total={runs.data.total}
              onPage={setRunsPage}
              label="imports"
            />
          </>
        )}
      </section>
    </div>
  );
}

function ImportResult({ r }: { r: ImportSummaryBody }) {
  return (
    <section className="card import-result" aria-label="Import result">
      <h2>{r.file}</h2>
      <p role="status">
        <strong>{int(r.imported)}</strong> new · <strong>{int(r.updated)}</strong> updated ·{' '}
        <strong>{int(r.unchanged)}</strong> unchanged ·{' '}
        <strong className={r.rejected ? 'bad' : ''}>{int(r.rejected)}</strong> rejected
      </p>
      {r.warnings.length > 0 && (
        <ul className="warnings">
          {r.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <h3>Column mapping</h3>
      <table className="mapping">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Column in the file</th>
            <th scope="col">Read as</th>
          </tr>
        </thead>
        <tbody>
          {r.columns.map((c) => (
            <tr key={c.column} className={c.field ? '' : 'ignored'}>
              <td className="num">{c.column + 1}</td>
              <td>{c.header}</td>
              <td>
                {c.field ? <code>{c.field}</code> : <span className="muted">ignored</span>}
                {c.note ? <span className="small muted"> · {c.note}</span> : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Rejected rows</h3>
      {r.rejections.length === 0 ? <p>None: every row was read.</p> : <RejectedRows rows={r.rejections} />}
    </section>
  );
}
