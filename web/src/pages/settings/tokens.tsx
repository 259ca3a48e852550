// API tokens: create (scopes from your own permissions, optional expiry), see once, list, revoke.
import { useState, type FormEvent } from 'react';
import { CopyButton } from '../../components/copy-button.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { Empty, ErrorBox, Loading } from '../../components/states.tsx';
import type { MeBody } from '../../lib/api.ts';
import { date } from '../../lib/format.ts';
import { teamApi } from '../../lib/team-api.ts';
import { useApi } from '../../lib/use-api.ts';
import { useAction } from './use-action.ts';

export function TokensSettings({ me }: { me: MeBody }) {
  const tokens = useApi(() => teamApi.tokens(), 'tokens');
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [scopes, setScopes] = useState<string[]>([]);
  const [made, setMade] = useState<string>();
  const action = useAction();
  const create = (e: FormEvent) => {
    e.preventDefault();
    void action.run(
      () =>
        teamApi.createToken({
          name,
          scopes: scopes.length ? scopes : undefined,
          expires_in_days: days ? Number(days) : undefined,
        }),
      (t) => {
        setMade(t.token);
        setName('');
        tokens.reload();
      },
    );
  };
  const toggle = (p: string) => setScopes((s) => (s.includes(p) ? s.filter((x) => x !== p) : [...s, p]));
  return (
    <section>
      <h2>API tokens</h2>
      <ErrorBox error={tokens.error ?? action.error} />
      {!tokens.data ? (
        <Loading what="tokens" />
      ) : tokens.data.items.length === 0 ? (
        <Empty title="No tokens yet.">Create one below for scripts and integrations.</Empty>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Token</th>
                <th scope="col">Owner</th>
                <th scope="col">Scopes</th>
                <th scope="col">Last used</th>
                <th scope="col">Expires</th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.items.map((t) => (
                <tr key={t.id}>
                  <td>{t.name}</td>
                  <td>
                    <code>{t.prefix}…</code>
                  </td>
                  <td>{t.owner ?? 'workspace (legacy)'}</td>
                  <td className="small">{t.scopes ? t.scopes.join(', ') : "all of the owner's"}</td>
                  <td>{t.last_used_at ? date(t.last_used_at) : 'never'}</td>
                  <td>{t.expires_at ? date(t.expires_at) : 'never'}</td>
                  <td>
                    {t.revoked_at ? (
                      `revoked ${date(t.revoked_at)}`
                    ) : (
                      <button
                        type="button"
                        className="small"
                        onClick={() => void action.run(() => teamApi.revokeToken(t.id), tokens.reload)}
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {me.user && (
        <form className="card narrow form-grid" onSubmit={create}>
          <h3>New token</h3>
          <label>
            Name{' '}
            <input
              required
              maxLength={80}
              value={name}
              onChange={(e) => setName(e.target.value)}
              placeholder="reporting script"
            />
          </label>
          <label>
            Expires after (days, empty = never){' '}
            <input inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value.replace(/\D/g, ''))} />
          </label>
          <fieldset className="checks">
            <legend>Scopes (none ticked = all of yours)</legend>
            {me.permissions.map((p) => (
              <label key={p} className="inline">
                <input type="checkbox" checked={scopes.includes(p)} onChange={() => toggle(p)} />
                {p}
              </label>
            ))}
          </fieldset>
          <div className="actions">
            <button type="submit" className="primary" aria-busy={action.busy}>
              Create token
            </button>
          </div>
        </form>
      )}
      {made && (
        <Dialog title="Your new token" onClose={() => setMade(undefined)}>
          <p>
            Shown once: copy it now. Send it as <code>Authorization: Bearer …</code>.
          </p>
          <p>
            <code className="link" data-testid="new-token">
              {made}
            </code>
          </p>
          <CopyButton text={made} label="token" />
        </Dialog>
      )}
    </section>
  );
}
