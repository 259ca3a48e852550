// Members and their roles, invitations by link, and password reset links.
import { useState, type FormEvent } from 'react';
import { CopyButton } from '../../components/copy-button.tsx';
import { Dialog } from '../../components/dialog.tsx';
import { ErrorBox, Loading } from '../../components/states.tsx';
import type { MeBody } from '../../lib/api.ts';
import { date } from '../../lib/format.ts';
import { useCan } from '../../lib/permissions.tsx';
import { teamApi } from '../../lib/team-api.ts';
import { useApi } from '../../lib/use-api.ts';
import { useAction } from './use-action.ts';

const ROLES = ['owner', 'admin', 'member', 'finance', 'viewer'] as const;

export function MembersSettings({ me }: { me: MeBody }) {
  const manage = useCan('members.manage');
  const members = useApi(() => teamApi.members(), 'members');
  const invitations = useApi(
    () => (manage ? teamApi.invitations() : Promise.resolve({ items: [] })),
    `invitations:${manage}`,
  );
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<(typeof ROLES)[number]>('member');
  const [link, setLink] = useState<{ title: string; url: string }>();
  const action = useAction();
  const roles = ROLES.filter((r) => r !== 'owner' || me.role === 'owner');
  const invite = (e: FormEvent) => {
    e.preventDefault();
    void action.run(
      () => teamApi.invite(email, role),
      (inv) => {
        setLink({ title: `Invitation for ${inv.email}`, url: inv.url });
        setEmail('');
        invitations.reload();
      },
    );
  };
  return (
    <section>
      <h2>Members</h2>
      <ErrorBox error={members.error ?? action.error} />
      {!members.data ? (
        <Loading what="members" />
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">2FA</th>
                <th scope="col">Joined</th>
                {manage && (
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {members.data.items.map((m) => (
                <tr key={m.id}>
                  <td>
                    {m.email}
                    {m.id === me.user?.id && <span className="badge">you</span>}
                  </td>
                  <td>
                    {manage ? (
                      <select
                        aria-label={`Role of ${m.email}`}
                        value={m.role}
                        onChange={(e) => void action.run(() => teamApi.setRole(m.id, e.target.value), members.reload)}
                      >
                        {ROLES.filter((r) => r !== 'owner' || me.role === 'owner' || m.role === 'owner').map((r) => (
                          <option key={r} value={r}>
                            {r}
                          </option>
                        ))}
                      </select>
                    ) : (
                      m.role
                    )}
                  </td>
                  <td>{m.totp_enabled ? 'on' : 'off'}</td>
                  <td>{date(m.joined_at)}</td>
                  {manage && (
                    <td className="row-actions">
                      <button
                        type="button"
                        className="small"
                        onClick={() =>
                          void action.run(
                            () => teamApi.resetLink(m.id),
                            (l) => setLink({ title: `Password reset for ${m.email}`, url: l.url }),
                          )
                        }
                      >
                        Reset link
                      </button>
                      {m.id !== me.user?.id && (
                        <button
                          type="button"
                          className="small"
                          onClick={() => void action.run(() => teamApi.removeMember(m.id), members.reload)}
                        >
                          Remove
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {manage && (
        <>
          <h2>Invite a colleague</h2>
          <form className="filters" onSubmit={invite}>
            <label>
              Email <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
            </label>
            <label>
              Role of the invitee{' '}
              <select value={role} onChange={(e) => setRole(e.target.value as typeof role)}>
                {roles.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </select>
            </label>
            <button type="submit" className="primary" aria-busy={action.busy}>
              Create invitation link
            </button>
          </form>
          {invitations.data && invitations.data.items.length > 0 && (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Invited</th>
                    <th scope="col">Role</th>
                    <th scope="col">State</th>
                    <th scope="col">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {invitations.data.items.map((i) => {
                    const open = !i.accepted_at && !i.revoked_at && i.expires_at > new Date().toISOString();
                    return (
                      <tr key={i.id}>
                        <td>{i.email}</td>
                        <td>{i.role}</td>
                        <td>
                          {i.accepted_at
                            ? `accepted ${date(i.accepted_at)}`
                            : i.revoked_at
                              ? 'revoked'
                              : open
                                ? `open until ${date(i.expires_at)}`
                                : 'expired'}
                        </td>
                        <td>
                          {open && (
                            <button
                              type="button"
                              className="small"
                              onClick={() => void action.run(() => teamApi.revokeInvitation(i.id), invitations.reload)}
                            >
                              Revoke
                            </button>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      {link && (
        <Dialog title={link.title} onClose={() => setLink(undefined)}>
          <p>Mail is not sent yet: hand this link over yourself. It works once.</p>
          <p>
            <code className="link" data-testid="handover-link">
              {link.url}
            </code>
          </p>
          <CopyButton text={link.url} label="link" />
        </Dialog>
      )}
    </section>
  );
}
