import { html } from 'hono/html';
import type { DemoGrowth, DemoPreparation } from '../../services/demo/demo-preparation.ts';
import { layout } from './layout.ts';

export interface LoginPageOptions {
  demoAvailable: boolean;
  demoPreparing?: DemoPreparation;
  /** The open demo world still growing to its configured size in the background. */
  demoGrowing?: DemoGrowth;
  firstRun: boolean;
  error?: string;
  email?: string;
  askCode?: boolean;
}

export const loginPage = (options: LoginPageOptions) =>
  layout(
    'Sign in',
    html`
<main class="narrow">
<h1>microreach</h1>
<p>Find, vet, price, track and attribute micro-influencers.</p>
${options.error ? html`<p class="error" role="alert">${options.error}</p>` : ''}
${options.firstRun ? html`<p><strong>New installation.</strong> <a href="/setup">Create the owner account and your first workspace</a>.</p>` : ''}
<form method="post" action="/login" class="stack">
  <label>Email <input name="email" type="email" autocomplete="username" value="${options.email ?? ''}" required></label>
  <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
  ${options.askCode ? html`<label>Authenticator code <input name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]{6,7}" autofocus></label>` : ''}
  <p><button type="submit">Sign in</button></p>
</form>
${
  options.demoPreparing
    ? html`
<meta http-equiv="refresh" content="2">
<p role="status"><strong>Preparing the demo workspace</strong> (${preparingText(options.demoPreparing)}).
 This page reloads by itself; the demo opens here in a few seconds.</p>`
    : ''
}
${
  options.demoAvailable
    ? html`
<form method="post" action="/login/demo">
  <p><button type="submit">Open the demo workspace</button> <span class="muted">synthetic creators and a finished campaign</span></p>
  ${options.demoGrowing ? html`<p class="muted" role="status">More demo creators are being added in the background (${growingText(options.demoGrowing)}); Discover includes them as they are ready.</p>` : ''}
</form>`
    : ''
}
<details>
  <summary>Sign in with an API token</summary>
  <form method="post" action="/login" class="stack">
    <label>Workspace API token <input name="token" type="password" autocomplete="off" required></label>
    <p><button type="submit">Sign in with token</button></p>
    <p class="muted">Tokens are made under Settings → API tokens, or with <code>npx microreach token create</code>.</p>
  </form>
</details>
<p class="muted">Forgot your password? Ask an admin of your workspace for a reset link.</p>
</main>`,
  );

const PHASES = { world: 'generating creators', metrics: 'computing vetting numbers', campaign: 'running a campaign' };

const preparingText = (p: DemoPreparation) =>
  p.total > 0
    ? `${PHASES[p.phase]}: ${p.done.toLocaleString('en-US')} of ${p.total.toLocaleString('en-US')}`
    : PHASES[p.phase];

const growingText = (g: DemoGrowth) =>
  g.total > 0
    ? `${g.phase === 'metrics' ? 'vetting numbers' : 'creators'}: ${g.done.toLocaleString('en-US')} of ${g.total.toLocaleString('en-US')}`
    : g.phase === 'metrics'
      ? 'vetting numbers'
      : 'creators';
