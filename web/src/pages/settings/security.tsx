// Your sessions (end any of them) and the optional authenticator-app second factor.
import { useState, type FormEvent } from 'react';
import { ErrorBox, Loading } from '../../components/states.tsx';
import type { MeBody } from '../../lib/api.ts';
import { date } from '../../lib/format.ts';
import { teamApi } from '../../lib/team-api.ts';
import { useApi } from '../../lib/use-api.ts';
import { useAction } from './use-action.ts';

export function SecuritySettings({ me, reloadMe }: { me: MeBody; reloadMe: () => void }) {
  const sessions = useApi(() => teamApi.sessions(), 'sessions');
  const [setup, setSetup] = useState<{ secret: string; uri: string }>();
  const [code, setCode] = useState('');
  const action = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const done = () => {
      setSetup(undefined);
      setCode('');
      reloadMe();
    };
    void action.run(() => (me.user?.totp_enabled ? teamApi.disableTotp(code) : teamApi.confirmTotp(code)), done);
  };
  return (
    <section>
      <h2>Sessions</h2>
      <ErrorBox error={sessions.error ?? action.error} />
      {!sessions.data ? (
        <Loading what="sessions" />
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Signed in</th>
                <th scope="col">How</th>
                <th scope="col">Workspace</th>
                <th scope="col">Browser</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.items.map((s) => (
                <tr key={s.id}>
                  <td>{date(s.created_at)}</td>
                  <td>{s.via}</td>
                  <td>{s.workspace}</td>
                  <td className="small">{s.user_agent ?? 'n/a'}</td>
                  <td>
                    {s.current ? (
                      <span className="badge">this one</span>
                    ) : (
                      <button
                        type="button"
                        className="small"
                        onClick={() => void action.run(() => teamApi.revokeSession(s.id), sessions.reload)}
                      >
                        End
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
        <div className="card narrow">
          <h2>Two-factor sign-in</h2>
          <p>
            {me.user.totp_enabled
              ? 'On: sign-in asks for a code from your authenticator app.'
              : 'Off. Turn it on to ask for a 6-digit code from an authenticator app at sign-in.'}
          </p>
          {!me.user.totp_enabled && !setup && (
            <button type="button" onClick={() => void action.run(() => teamApi.startTotp(), setSetup)}>
              Set up an authenticator app
            </button>
          )}
          {setup && (
            <p>
              Add this key to your app (or open the link on the phone):{' '}
              <code className="link" data-testid="totp-secret">
                {setup.secret}
              </code>{' '}
              <a href={setup.uri}>otpauth link</a>
            </p>
          )}
          {(setup || me.user.totp_enabled) && (
            <form className="filters" onSubmit={submit}>
              <label>
                Code from the app{' '}
                <input
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  pattern="[0-9 ]{6,7}"
                  required
                  value={code}
                  onChange={(e) => setCode(e.target.value)}
                />
              </label>
              <button type="submit" className="primary">
                {me.user.totp_enabled ? 'Turn off' : 'Turn on'}
              </button>
            </form>
          )}
        </div>
      )}
    </section>
  );
}
