import { html } from 'hono/html';
import { layout } from './layout.ts';

export const loginPage = (options: { demoAvailable: boolean; error?: string }) => layout('Sign in', html`
<h1>microreach</h1>
<p>Find, vet, price, track and attribute micro-influencers.</p>
${options.error ? html`<p class="error" role="alert">${options.error}</p>` : ''}
${options.demoAvailable ? html`
<form method="post" action="/login/demo">
  <p><button type="submit">Open the demo workspace</button> <span class="muted">synthetic creators and a finished campaign</span></p>
</form>` : ''}
<form method="post" action="/login">
  <p><label>Workspace API token <input name="token" type="password" autocomplete="off" size="50" required></label>
  <button type="submit">Sign in</button></p>
  <p class="muted">Create a token with <code>npx microreach token create --workspace SLUG</code>.</p>
</form>`);
