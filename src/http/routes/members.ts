// Members of the workspace and invitations: list, change role, remove, reset link; invite, revoke.
import { Hono } from 'hono';
import { AppError } from '../../core/app-error.ts';
import { changeRole, removeMember } from '../../services/access/change-role.ts';
import { createInvitation } from '../../services/access/invitations.ts';
import { createPasswordReset } from '../../services/access/password-reset.ts';
import { recordAudit } from '../../storage/access/audit-events.ts';
import { listInvitations } from '../../storage/access/list-invitations.ts';
import { revokeInvitation } from '../../storage/access/revoke-invitation.ts';
import { findMembership, getUser, listMembers } from '../../storage/access/users.ts';
import type { AppEnv } from '../context.ts';
import { publicUrl } from '../public-url.ts';
import { idParam } from '../schemas/common.ts';
import { createInvitationBody, roleBody } from '../schemas/team.ts';
import { parseWith } from '../validate.ts';

export const memberRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const rows = await listMembers(c.get('deps').db, c.get('actor').workspaceId);
    return c.json({
      items: rows.map((m) => ({
        id: m.id,
        email: m.email,
        role: m.role as never,
        totp_enabled: m.totp_enabled === 1,
        joined_at: m.created_at,
      })),
    });
  })
  .post('/:id/role', async (c) => {
    const { id } = parseWith(idParam, c.req.param(), 'path');
    const { role } = parseWith(roleBody, await c.req.json(), 'body');
    await changeRole(c.get('deps').db, c.get('actor'), id, role);
    return c.json({ ok: true as const });
  })
  .post('/:id/remove', async (c) => {
    const { id } = parseWith(idParam, c.req.param(), 'path');
    await removeMember(c.get('deps').db, c.get('actor'), id);
    return c.json({ ok: true as const });
  })
  .post('/:id/password-reset', async (c) => {
    const { id } = parseWith(idParam, c.req.param(), 'path');
    const { db } = c.get('deps');
    const actor = c.get('actor');
    if (!(await findMembership(db, actor.workspaceId, id)))
      throw new AppError('not_found', `User ${id} is not a member of this workspace`);
    const reset = await createPasswordReset(db, id);
    await recordAudit(db, actor, 'member.password_reset_link', (await getUser(db, id)).email);
    return c.json({ url: publicUrl(c, reset.path), expires_at: reset.expiresAt });
  });

export const invitationRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const rows = await listInvitations(c.get('deps').db, c.get('actor').workspaceId);
    return c.json({ items: rows.map((r) => ({ ...r, role: r.role as never })) });
  })
  .post('/', async (c) => {
    const body = parseWith(createInvitationBody, await c.req.json(), 'invitation');
    const actor = c.get('actor');
    if (body.role === 'owner' && !actor.permissions.includes('workspace.ownership'))
      throw new AppError('forbidden', 'Only an owner can invite an owner.');
    const inv = await createInvitation(c.get('deps').db, actor, body.email, body.role);
    return c.json(
      {
        id: inv.id,
        email: inv.email,
        role: inv.role,
        created_at: new Date().toISOString(),
        expires_at: inv.expiresAt,
        accepted_at: null,
        revoked_at: null,
        url: publicUrl(c, inv.path),
      },
      201,
    );
  })
  .post('/:id/revoke', async (c) => {
    const { id } = parseWith(idParam, c.req.param(), 'path');
    const { db } = c.get('deps');
    const actor = c.get('actor');
    const revoked = await revokeInvitation(db, actor.workspaceId, id);
    if (!revoked) throw new AppError('not_found', `No open invitation ${id}`);
    await recordAudit(db, actor, 'invitation.revoked', String(id));
    return c.json({ ok: true as const });
  });
