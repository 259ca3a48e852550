// Commenter profiles: a list of the people around creators (followers, following, posts, picture…),
// so vetting can say what share of a creator's known commenters look fake. The answer names every
// rejected row and how many creators were re-scored.
import { useState, type FormEvent } from 'react';
import { Pager, pageOf } from '../components/pager.tsx';
import { ErrorBox } from '../components/states.tsx';
import { api, ApiError, type ProfileImportSummaryBody } from '../lib/api.ts';
import { int } from '../lib/format.ts';

const PER_PAGE = 100;

export function ProfileImport() {
  const [result, setResult] = useState<ProfileImportSummaryBody>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [page, setPage] = useState(1);
  const upload = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setError(undefined);
    setResult(undefined);
    const form = new FormData(e.currentTarget);
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) {
      setError(new ApiError(400, 'validation_failed', 'Choose a CSV or JSON file first.', [{ path: 'file', message: 'no file chosen' }]));
      return;
    }
    setBusy(true);
    try {
      setResult(await api.uploadProfiles(form));
      setPage(1);
    } catch (err) {
      setError(err as ApiError);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-label="Commenter profiles">
      <h2>Import commenter profiles</h2>
      <p className="muted">Profiles of the people who comment on creators (a CSV or JSON export with <code>username</code>, <code>followers</code>, <code>following</code>, <code>posts</code>, profile picture, private, bio). Vetting then reports what share of a creator's known commenters look fake, using the account classifier; Instagram profiles only.</p>
      <form className="narrow form-grid" onSubmit={(e) => void upload(e)} aria-label="Upload commenter profiles">
        <label>Profile list <input type="file" name="file" accept=".csv,.json,text/csv,application/json" required /></label>
        <div className="actions"><button type="submit" className="primary" disabled={busy}>{busy ? 'Importing…' : 'Import profiles'}</button></div>
      </form>
      <ErrorBox error={error} />
      {result && (
        <div className="import-result" aria-label="Profiles imported" role="region">
          <h3>{result.file}</h3>
          <p role="status"><strong>{int(result.imported)}</strong> new · <strong>{int(result.updated)}</strong> updated · <strong>{int(result.unchanged)}</strong> unchanged · <strong className={result.rejected ? 'bad' : ''}>{int(result.rejected)}</strong> rejected · <strong>{int(result.accounts_rescored)}</strong> creator accounts re-scored</p>
          {result.warnings.length > 0 && <ul className="warnings">{result.warnings.map((w) => <li key={w}>{w}</li>)}</ul>}
          {result.rejections.length > 0 && (
            <>
              <table className="rejections">
                <thead><tr><th scope="col">Row</th><th scope="col">Field</th><th scope="col">Reason</th></tr></thead>
                <tbody>{pageOf(result.rejections, page, PER_PAGE).map((x, i) => <tr key={`${x.record}-${i}`}><td>{x.record}</td><td><code>{x.field}</code></td><td>{x.reason}</td></tr>)}</tbody>
              </table>
              <Pager page={page} perPage={PER_PAGE} total={result.rejections.length} onPage={setPage} label="rejected rows" />
            </>
          )}
        </div>
      )}
    </section>
  );
}
