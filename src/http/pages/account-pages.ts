// The signed-out pages besides sign-in: first run, invitation acceptance, password reset.
import { html } from 'hono/html';
import { layout } from './layout.ts';

const errorLine = (error?: string) => (error ? html`<p class="error" role="alert">${error}</p>` : '');

export const setupPage = (error?: string, values: { email?: string; workspace?: string } = {}) =>
  layout(
    'First run',
    html`
<main class="narrow">
<h1>Welcome to microreach</h1>
<p>This installation has no account yet. Create the owner account and your brand's workspace.</p>
${errorLine(error)}
<form method="post" action="/setup" class="stack">
  <label>Your email <input name="email" type="email" autocomplete="username" value="${values.email ?? ''}" required></label>
  <label>Password (10 characters or more) <input name="password" type="password" autocomplete="new-password" minlength="10" required></label>
  <label>Brand or workspace name <input name="workspace" value="${values.workspace ?? ''}" required maxlength="80"></label>
  <p><button type="submit">Create account and workspace</button></p>
</form>
</main>`,
  );

export const invitePage = (
  invite: { email: string; workspace: string; role: string; newUser: boolean },
  error?: string,
) =>
  layout(
    'Invitation',
    html`
<main class="narrow">
<h1>Join ${invite.workspace}</h1>
<p>You were invited as <strong>${invite.role}</strong> with the email <strong>${invite.email}</strong>.</p>
${errorLine(error)}
<form method="post" class="stack">
  <label>${invite.newUser ? 'Choose a password (10 characters or more)' : `Your password for ${invite.email}`}
    <input name="password" type="password" autocomplete="${invite.newUser ? 'new-password' : 'current-password'}" required></label>
  <p><button type="submit">Accept invitation</button></p>
</form>
</main>`,
  );

export const resetPage = (email: string, error?: string) =>
  layout(
    'Reset password',
    html`
<main class="narrow">
<h1>New password</h1>
<p>For <strong>${email}</strong>. Every open session of this account is signed out.</p>
${errorLine(error)}
<form method="post" class="stack">
  <label>New password (10 characters or more) <input name="password" type="password" autocomplete="new-password" minlength="10" required></label>
  <p><button type="submit">Set password</button></p>
</form>
</main>`,
  );

export const deadLinkPage = (what: string) =>
  layout(
    what,
    html`
<main class="narrow"><h1>${what}</h1><p>This link is unknown, already used, revoked or expired. Ask an admin of the workspace for a new one.</p>
<p><a href="/login">Sign in</a></p></main>`,
  );
