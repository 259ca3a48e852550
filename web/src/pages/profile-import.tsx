// Commenter profiles: a list of the people around creators (followers, following, posts, picture…),
// so vetting can say what share of a creator's known commenters look fake. The answer names every
// rejected row and how many creators were re-scored.
import { RejectedRows } from '../components/rejected-rows.tsx';
import { ErrorBox } from '../components/states.tsx';
import { api } from '../lib/api.ts';
import { int } from '../lib/format.ts';
import { useUpload } from '../lib/use-upload.ts';

export function ProfileImport() {
  const upload = useUpload(api.uploadProfiles, { noFile: 'Choose a CSV or JSON file first.' });
  const result = upload.result;
  return (
    <section className="card" aria-label="Commenter profiles">
      <h2>Import commenter profiles</h2>
      <p className="muted">
        Profiles of the people who comment on creators (a CSV or JSON export with <code>username</code>,{' '}
        <code>followers</code>, <code>following</code>, <code>posts</code>, profile picture, private, bio). Vetting then
        reports what share of a creator's known commenters look fake, using the account classifier; Instagram profiles
        only.
      </p>
      <form className="narrow form-grid" onSubmit={upload.submit} aria-label="Upload commenter profiles">
        <label>
          Profile list <input type="file" name="file" accept=".csv,.json,text/csv,application/json" required />
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={upload.busy}>
            {upload.busy ? 'Importing…' : 'Import profiles'}
          </button>
        </div>
      </form>
      <ErrorBox error={upload.error} />
      {result && (
        <div className="import-result" aria-label="Profiles imported" role="region">
          <h3>{result.file}</h3>
          <p role="status">
            <strong>{int(result.imported)}</strong> new · <strong>{int(result.updated)}</strong> updated ·{' '}
            <strong>{int(result.unchanged)}</strong> unchanged ·{' '}
            <strong className={result.rejected ? 'bad' : ''}>{int(result.rejected)}</strong> rejected ·{' '}
            <strong>{int(result.accounts_rescored)}</strong> creator accounts re-scored
          </p>
          {result.warnings.length > 0 && (
            <ul className="warnings">
              {result.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          {result.rejections.length > 0 && <RejectedRows rows={result.rejections} />}
        </div>
      )}
    </section>
  );
}
