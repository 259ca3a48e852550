// The portal's "Connected accounts" section: each provider is connected (as which account, her audience verified
// from it or not yet, a Disconnect button), ready to connect (a form that sends her to the provider), or not
// available on this installation (no button that could not work). Forms only, no script.
import { html } from 'hono/html';
import { PROVIDER_LABELS, VERIFIED_SAMPLE_UNIT } from '../../core/connections/providers.ts';
import type { PortalConnection } from '../../services/connections/load-portal-connections.ts';
import { formatCount, formatDate } from './portal-format.ts';

/** Notices after the provider sent her back, and the fixed words for a failed connection (shown once, portal-notice.ts). */
export const CONNECTION_NOTICES: Record<string, string> = {
  connected: 'Your account is connected.',
  disconnected: 'Your account is disconnected. We no longer read it.',
};
export const CONNECTION_ERRORS: Record<string, string> = {
  denied: 'You did not allow the access, so nothing was connected.',
  mismatch: 'The account you connected is not the one the brand knows as yours, so nothing was connected.',
  refused: 'The platform refused the connection, so nothing was connected. Please try again.',
  unreachable: 'The platform could not be reached, so nothing was connected. Please try again later.',
};

export const connectionError = (code: string | undefined) =>
  code !== undefined && Object.hasOwn(CONNECTION_ERRORS, code) ? CONNECTION_ERRORS[code] : undefined;

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

export function connectionsSection(connections: PortalConnection[], o: { base: string; locale: string }) {
  const item = (c: PortalConnection) => {
    const name = PROVIDER_LABELS[c.provider];
    if (c.state === 'unavailable')
      return html`<li><strong>${name}</strong><br><span class="muted">Not available here yet.</span></li>`;
    if (c.state === 'available')
      return html`<li><strong>${name}</strong>
<form method="post" action="${o.base}/connect/${c.provider}"><button type="submit">Connect ${name}</button></form></li>`;
    return html`<li><strong>${name}: connected as @${c.handle}</strong><br>
<span class="muted">Since ${formatDate(o.locale, c.connectedAt)}</span>
${
  c.verified
    ? html`<p class="status ok" data-audience="verified">Your audience is verified from your ${name} insights${
        c.verified.sampleSize !== null
          ? ` (${formatCount(o.locale, c.verified.sampleSize)} ${VERIFIED_SAMPLE_UNIT[c.provider]} counted)`
          : ''
      }.</p>`
    : html`<p class="status" data-audience="estimated">Your audience is still estimated: no audience insights from ${name} yet.</p>`
}
${c.audienceNote ? html`<p class="muted" data-audience-note>${sentence(c.audienceNote)}</p>` : ''}
${c.lastError ? html`<p class="muted">The last read did not work; we will try again.</p>` : ''}
<form method="post" action="${o.base}/connections/${c.provider}/disconnect"><button type="submit" class="secondary">Disconnect ${name}</button></form></li>`;
  };
  return html`
<h2 id="connections">Connected accounts</h2>
<p class="muted">Connect your accounts so the brand sees your real audience (verified) instead of an estimate. We only read your profile, posts and audience insights; the brand never sees your login.</p>
<ul class="plain">${connections.map(item)}</ul>`;
}
