// Server-rendered pages: sign-in (email + password [+ code], API token, or the demo), sign-out, first run,
// invitation acceptance and password reset. The signed-in app is the single-page app (web-app.ts).
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { AppError } from '../../core/app-error.ts';
import { slugify } from '../../core/access/slugify.ts';
import { authenticateToken } from '../../services/access/authenticate.ts';
import { createSession, deleteSession, SESSION_DAYS, type SessionOwner } from '../../services/access/create-session.ts';
import { createUser } from '../../services/access/create-user.ts';
import { acceptInvitation, findOpenInvitation } from '../../services/access/invitations.ts';
import { findOpenReset, resetPassword } from '../../services/access/password-reset.ts';
import { signIn } from '../../services/access/sign-in.ts';
import { recordAudit } from '../../storage/access/audit-events.ts';
import { countUsers, findUserByEmail } from '../../storage/access/users.ts';
import { findWorkspaceBySlug } from '../../storage/workspaces/workspaces.ts';
import { isSameOrigin, SESSION_COOKIE } from '../authenticate.ts';
import { clientAddress, isHttps } from '../client-address.ts';
import type { AppEnv } from '../context.ts';
import { deadLinkPage, invitePage, resetPage, setupPage } from '../pages/account-pages.ts';
import { loginPage, type LoginPageOptions } from '../pages/login-page.ts';

export const DEMO_WORKSPACE = 'demo';

async function demoAvailable(c: Context<AppEnv>) {
  const { db, config, demoProgress } = c.get('deps');
  return config.demo.login && !demoProgress?.() && (await findWorkspaceBySlug(db, DEMO_WORKSPACE)) !== undefined;
}

async function renderLogin(
  c: Context<AppEnv>,
  status: 200 | 401 | 404 | 429 | 503,
  extra: Partial<LoginPageOptions> = {},
) {
  const firstRun = (await countUsers(c.get('deps').db)) === 0;
  const demoPreparing = c.get('deps').config.demo.login ? c.get('deps').demoProgress?.() : undefined;
  const demoGrowing = c.get('deps').config.demo.login ? c.get('deps').demoGrowth?.() : undefined;
  return c.html(
    loginPage({ demoAvailable: await demoAvailable(c), demoPreparing, demoGrowing, firstRun, ...extra }),
    status,
  );
}

async function startSession(c: Context<AppEnv>, workspaceId: number, owner: SessionOwner, to = '/') {
  const session = await createSession(c.get('deps').db, workspaceId, {
    ...owner,
    userAgent: c.req.header('user-agent') ?? null,
  });
  setCookie(c, SESSION_COOKIE, session.id, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isHttps(c),
    maxAge: SESSION_DAYS * 86_400,
  });
  return c.redirect(to, 303);
}

// Form posts must come from our own pages.
const sameOrigin = (c: Context<AppEnv>) => isSameOrigin(c.req.header('origin'), c.req.header('host'));
const field = (form: Record<string, unknown>, name: string) =>
  typeof form[name] === 'string' ? (form[name] as string) : '';
const messageOf = (error: unknown) => {
  if (error instanceof AppError) return error.message;
  throw error;
};

export const pageRoutes = new Hono<AppEnv>()
  .get('/login', (c) => renderLogin(c, 200))
  .post('/login', async (c) => {
    if (!sameOrigin(c)) return c.text('Cross-origin sign-in refused.', 403);
    const { db, config, limiters } = c.get('deps');
    const wait = limiters.signIn.hit(clientAddress(c));
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return renderLogin(c, 429, {
        error: `Too many sign-in attempts from your address. Try again in ${wait} seconds.`,
      });
    }
    const form = await c.req.parseBody();
    const token = field(form, 'token').trim();
    if (token) {
      const actor = await authenticateToken(db, token);
      if (!actor) return renderLogin(c, 401, { error: 'That token is unknown or revoked (or expired).' });
      return startSession(c, actor.workspaceId, { via: 'token', userId: actor.userId, tokenId: actor.tokenId });
    }
    const email = field(form, 'email');
    try {
      const user = await signIn(db, config, email, field(form, 'password'), field(form, 'code').trim() || undefined);
      await recordAudit(
        db,
        { workspaceId: user.workspaceId, userId: user.userId, label: user.email },
        'user.signed_in',
        user.email,
        { address: clientAddress(c) },
      );
      return startSession(c, user.workspaceId, { via: 'password', userId: user.userId });
    } catch (error) {
      const askCode = error instanceof AppError && error.details.some((d) => d.path === 'code');
      return renderLogin(c, 401, { error: messageOf(error), email, askCode });
    }
  })
  .post('/login/demo', async (c) => {
    if (!sameOrigin(c)) return c.text('Cross-origin sign-in refused.', 403);
    const { db, config } = c.get('deps');
    if (config.demo.login && c.get('deps').demoProgress?.()) {
      return renderLogin(c, 503, { error: 'The demo workspace is still being prepared: try again in a few seconds.' });
    }
    const demo = config.demo.login ? await findWorkspaceBySlug(db, DEMO_WORKSPACE) : undefined;
    if (!demo) return renderLogin(c, 404, { error: 'The demo workspace is not available here.' });
    return startSession(c, demo.id, { via: 'demo' });
  })
  .post('/logout', async (c) => {
    if (!sameOrigin(c)) return c.text('Cross-origin sign-out refused.', 403);
    const id = getCookie(c, SESSION_COOKIE);
    if (id) await deleteSession(c.get('deps').db, id);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.redirect('/login', 303);
  })
  // First run: only while the installation has no user at all.
  .get('/setup', async (c) =>
    (await countUsers(c.get('deps').db)) > 0 ? c.redirect('/login', 302) : c.html(setupPage()),
  )
  .post('/setup', async (c) => {
    if (!sameOrigin(c)) return c.text('Cross-origin set-up refused.', 403);
    const { db } = c.get('deps');
    if ((await countUsers(db)) > 0) return c.redirect('/login', 303);
    const form = await c.req.parseBody();
    const name = field(form, 'workspace').trim().slice(0, 80);
    const email = field(form, 'email');
    let slug = slugify(name);
    for (let n = 2; slug === DEMO_WORKSPACE || (await findWorkspaceBySlug(db, slug)); n += 1)
      slug = `${slugify(name).slice(0, 44)}-${n}`;
    try {
      if (!name) throw new AppError('bad_request', 'Give your brand or workspace a name.');
      const user = await createUser(db, {
        email,
        password: field(form, 'password'),
        workspace: slug,
        workspaceName: name,
        role: 'owner',
      });
      return startSession(c, user.workspaceId, { via: 'password', userId: user.userId }, '/onboarding');
    } catch (error) {
      return c.html(setupPage(messageOf(error), { email, workspace: name }), 400);
    }
  })
  .get('/invite/:secret', async (c) => {
    const { db } = c.get('deps');
    const invite = await findOpenInvitation(db, c.req.param('secret'));
    if (!invite) return c.html(deadLinkPage('Invitation'), 404);
    const newUser = !(await findUserByEmail(db, invite.email));
    return c.html(invitePage({ email: invite.email, workspace: invite.workspace_name, role: invite.role, newUser }));
  })
  .post('/invite/:secret', async (c) => {
    if (!sameOrigin(c)) return c.text('Cross-origin form refused.', 403);
    const { db, limiters } = c.get('deps');
    const wait = limiters.signIn.hit(clientAddress(c));
    if (wait > 0) return c.text(`Too many attempts; retry in ${wait} s.`, 429, { 'Retry-After': String(wait) });
    const secret = c.req.param('secret');
    const form = await c.req.parseBody();
    try {
      const member = await acceptInvitation(db, secret, field(form, 'password'));
      return startSession(c, member.workspaceId, { via: 'password', userId: member.userId });
    } catch (error) {
      const invite = await findOpenInvitation(db, secret);
      if (!invite) return c.html(deadLinkPage('Invitation'), 404);
      const newUser = !(await findUserByEmail(db, invite.email));
      return c.html(
        invitePage(
          { email: invite.email, workspace: invite.workspace_name, role: invite.role, newUser },
          messageOf(error),
        ),
        400,
      );
    }
  })
  .get('/reset/:secret', async (c) => {
    const reset = await findOpenReset(c.get('deps').db, c.req.param('secret'));
    return reset ? c.html(resetPage(reset.email)) : c.html(deadLinkPage('Password reset'), 404);
  })
  .post('/reset/:secret', async (c) => {
    if (!sameOrigin(c)) return c.text('Cross-origin form refused.', 403);
    const { db } = c.get('deps');
    const secret = c.req.param('secret');
    const reset = await findOpenReset(db, secret);
    if (!reset) return c.html(deadLinkPage('Password reset'), 404);
    const form = await c.req.parseBody();
    try {
      await resetPassword(db, secret, field(form, 'password'));
      return c.redirect('/login', 303);
    } catch (error) {
      return c.html(resetPage(reset.email, messageOf(error)), 400);
    }
  });
