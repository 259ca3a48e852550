// The pages of the unsubscribe link (routes/unsubscribe.ts): confirm with one button, done, invalid link.
// They name no workspace and no address: whoever holds the link learns nothing from it.
import { html } from 'hono/html';
import { layout } from './layout.ts';

export const unsubscribePage = (action: string) =>
  layout(
    'Unsubscribe',
    html`
<main class="narrow">
<h1>Unsubscribe</h1>
<p>Stop receiving emails from this brand? This applies to every email address and campaign of the brand.</p>
<form method="post" action="${action}">
  <input type="hidden" name="List-Unsubscribe" value="One-Click">
  <p><button type="submit">Unsubscribe</button></p>
</form>
</main>`,
  );

export const unsubscribeDonePage = () =>
  layout(
    'Unsubscribed',
    html`
<main class="narrow">
<h1>You are unsubscribed</h1>
<p>This brand will not email you again.</p>
</main>`,
  );

export const unsubscribeInvalidPage = () =>
  layout(
    'Unsubscribe',
    html`
<main class="narrow">
<h1>This link is not valid</h1>
<p>Use the unsubscribe link of the email exactly as you received it.</p>
</main>`,
  );
