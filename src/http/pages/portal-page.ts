// The creator portal: one server-rendered page per magic link, built for a 390 px phone (one column, large touch
// targets, no script, no external asset), plain English without idioms; figures and dates in the reader's locale.
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { termsState } from '../../core/portal/terms-state.ts';
import { DEAL_STATUS_LABELS } from '../../core/shared/deal-status.ts';
import type { PortalPayments } from '../../services/portal/load-portal-payments.ts';
import type { PortalView } from '../../services/portal/load-portal-view.ts';
import { formatCount, formatDate, formatDateTime, formatMoney, formatPercent } from './portal-format.ts';
import { payoutDetailsSection, statementSection } from './portal-payments-section.ts';
import { connectionsSection } from './portal-connections-section.ts';
import type { PortalConnection } from '../../services/connections/load-portal-connections.ts';
import type { PortalGifts } from '../../services/gifts/load-portal-gifts.ts';
import { giftsSection } from './portal-gifts-section.ts';
import { qrSvgPath } from './qr-svg.ts';
import { storySection } from './portal-story-section.ts';

export interface PortalPageOptions {
  base: string;
  origin: string;
  locale: string;
  error?: string;
  notice?: string;
  /** The "Connected accounts" section's providers (portal-connections-section.ts). */
  connections?: PortalConnection[];
  /** A refused gift pick: its reasons, shown at the gift form, and her quantities by variant id. */
  gift?: { error: string; picked: Record<string, string> };
}

const TYPE_WORDS = { feed_post: 'Feed post', reel: 'Reel / short', story: 'Story', video: 'Video' } as const;
const STATUS_WORDS = {
  submitted: 'Waiting for review',
  approved: 'Approved',
  changes_requested: 'Changes requested',
} as const;

const FILE_WORDS: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'video/mp4': 'MP4 video',
  'video/quicktime': 'MOV video',
};

const style = raw(`<style>
  body { font: 17px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 40rem; padding: 1rem; color: #1d2330; background: #fff; }
  h1 { font-size: 1.35rem; margin: .2rem 0 1rem; } h2 { font-size: 1.15rem; margin: 1.8rem 0 .6rem; border-top: 1px solid #e3e6ee; padding-top: 1rem; }
  h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
  label { display: block; margin: .7rem 0 .2rem; font-weight: 600; }
  input, textarea, select, button { font: inherit; width: 100%; box-sizing: border-box; padding: .65rem; border: 1px solid #8a93a8; border-radius: .4rem; min-height: 2.9rem; }
  button { background: #2446b8; color: #fff; border: 0; font-weight: 600; margin-top: .8rem; }
  button.secondary { background: #e9ecf5; color: #1d2330; } details { margin: .8rem 0; } summary { cursor: pointer; padding: .5rem 0; font-weight: 600; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f5f6fa; padding: .8rem; border-radius: .4rem; font-size: .9rem; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: .3rem 1rem; } dt { color: #505a70; } dd { margin: 0; font-weight: 600; }
  .status { padding: .6rem .8rem; border-radius: .4rem; background: #eef2ff; } .ok { background: #e6f6ec; } .error { background: #fde8e8; color: #8a1111; padding: .6rem .8rem; border-radius: .4rem; }
  .muted { color: #505a70; font-size: .95rem; } ul.plain { list-style: none; padding: 0; } ul.plain li { padding: .5rem 0; border-bottom: 1px solid #e3e6ee; }
  ul.toc { display: flex; flex-wrap: wrap; gap: 0 1.1rem; list-style: none; padding: 0; margin: 0 0 .5rem; } ul.toc a { display: inline-block; padding: .4rem 0; }
  code { overflow-wrap: anywhere; } svg.qr { width: 10rem; height: 10rem; }
  @media (prefers-color-scheme: dark) { body { background: #14171f; color: #e4e7ef; } pre, .status { background: #1f2430; } .ok { background: #17301f; }
    input, textarea, select { background: #1f2430; color: #e4e7ef; } button.secondary { background: #2a3150; color: #e4e7ef; } dt, .muted { color: #a3aabb; } }
</style>`);

const shell = (title: string, body: HtmlEscapedString | Promise<HtmlEscapedString>) => html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="icon" href="data:,">
${style}
</head>
<body>${body}</body>
</html>`;

export const portalDeadPage = () =>
  shell(
    'Link not valid',
    html`<main><h1>This link is not valid</h1><p>It is unknown, revoked or expired. Ask the brand for a new link.</p></main>`,
  );

function termsSection(v: PortalView, o: PortalPageOptions) {
  const state = termsState(v.responses, { sha256: v.termsSha256, text: v.termsText });
  const money = (m: number) => formatMoney(o.locale, m, v.campaign.currency);
  const rights = v.terms.usage_rights;
  const lastBrand = [...v.responses].reverse().find((r) => r.kind === 'countered' || r.kind === 'proposal_accepted');
  const accepted = state === 'accepted' ? v.responses.at(-1)! : null;
  return html`
<h2 id="terms">Terms</h2>
<dl>
  <dt>Fee</dt><dd>${money(v.deal.fee_minor)}</dd>
  <dt>Commission</dt><dd>${v.deal.commission_bps > 0 ? formatPercent(o.locale, v.deal.commission_bps) : '—'}</dd>
  <dt>Gift</dt><dd>${v.deal.gifted_minor > 0 ? money(v.deal.gifted_minor) : '—'}</dd>
  <dt>Usage rights</dt><dd>${
    rights.organic || rights.paid_ads
      ? `${[rights.organic ? 'Re-post' : null, rights.paid_ads ? 'Paid ads' : null].filter(Boolean).join(' + ')}, ${rights.days ?? 0} d`
      : '—'
  }</dd>
  <dt>Exclusivity</dt><dd>${v.terms.exclusivity ? `${v.terms.exclusivity.scope}, ${v.terms.exclusivity.days} d` : '—'}</dd>
</dl>
<ul class="plain">${v.terms.deliverables.map(
    (d, i) => html`<li><strong>${i + 1}. ${d.count} × ${TYPE_WORDS[d.type]}</strong><br>
    <span class="muted">${(d.window_start ?? v.campaign.starts_on) ? formatDate(o.locale, (d.window_start ?? v.campaign.starts_on)!) : '…'} – ${
      (d.due_on ?? v.campaign.ends_on) ? formatDate(o.locale, (d.due_on ?? v.campaign.ends_on)!) : '…'
    }</span></li>`,
  )}</ul>
<details><summary>Full terms text</summary><pre id="terms-text">${v.termsText}</pre>
<p class="muted">SHA-256: <code>${v.termsSha256}</code></p></details>
${lastBrand?.message ? html`<p class="status">Message from ${v.brand}: ${lastBrand.message}</p>` : ''}
${
  accepted
    ? html`<p class="status ok" role="status">You accepted these terms as “${accepted.typed_name}” on ${formatDateTime(o.locale, accepted.created_at)} (UTC).</p>`
    : state === 'declined'
      ? html`<p class="status" role="status">You declined this deal.</p>`
      : state === 'proposal_pending'
        ? html`<p class="status" role="status">You proposed changes. ${v.brand} has not answered yet.</p>`
        : html`
<form method="post" action="${o.base}/accept">
  <input type="hidden" name="terms_sha256" value="${v.termsSha256}">
  <label for="typed_name">Type your full name to accept</label>
  <input id="typed_name" name="typed_name" autocomplete="name" required minlength="2" maxlength="200">
  <button type="submit">Accept the terms</button>
</form>
<details><summary>Propose changes</summary>
<form method="post" action="${o.base}/propose">
  <label for="message">What would you change?</label><textarea id="message" name="message" rows="4" required maxlength="5000"></textarea>
  <label for="fee">Your fee (${v.campaign.currency}, optional)</label><input id="fee" name="fee" inputmode="decimal" maxlength="20">
  <button type="submit" class="secondary">Send the proposal</button>
</form></details>
<details><summary>Decline</summary>
<form method="post" action="${o.base}/decline">
  <label for="reason">Reason (optional)</label><textarea id="reason" name="message" rows="3" maxlength="5000"></textarea>
  <button type="submit" class="secondary">Decline the deal</button>
</form></details>`
}`;
}

function addressSection(v: PortalView, o: PortalPageOptions) {
  const a = v.address?.address ?? {};
  const field = (name: string, label: string, auto: string, required = true) =>
    html`<label for="a-${name}">${label}</label><input id="a-${name}" name="${name}" autocomplete="${auto}" value="${a[name] ?? ''}" ${required ? 'required' : ''}>`;
  return html`
<h2 id="address">Shipping address</h2>
${v.address ? html`<p class="status ok">Saved on ${formatDateTime(o.locale, v.address.updatedAt)} (UTC).</p>` : ''}
<form method="post" action="${o.base}/address">
  ${field('name', 'Full name', 'name')}${field('address1', 'Address', 'address-line1')}${field('address2', 'Address line 2', 'address-line2', false)}
  ${field('city', 'City', 'address-level2')}${field('zip', 'Postal code', 'postal-code')}${field('country', 'Country code (2 letters)', 'country')}
  ${field('phone', 'Phone (optional)', 'tel', false)}
  <button type="submit" class="secondary">Save the address</button>
</form>`;
}

function draftsSection(v: PortalView, o: PortalPageOptions) {
  return html`
<h2 id="drafts">Drafts for approval</h2>
<ul class="plain">${v.drafts.map(
    (
      d,
    ) => html`<li><strong>${STATUS_WORDS[d.status]}</strong> · ${d.url ? html`<a href="${d.url}" rel="noreferrer">${d.url}</a>` : html`<a href="${o.base}/drafts/${d.id}/file">View your file</a> (${FILE_WORDS[d.file_type ?? ''] ?? d.file_type})`}
    <br><span class="muted">${formatDateTime(o.locale, d.created_at)} (UTC)</span>
    ${d.comments.map((c) => html`<p><strong>${c.author === 'brand' ? v.brand : 'You'}:</strong> ${c.body}</p>`)}
    <form method="post" action="${o.base}/drafts/${d.id}/comments"><label for="c-${d.id}">Comment</label>
    <input id="c-${d.id}" name="body" required maxlength="5000"><button type="submit" class="secondary">Send</button></form></li>`,
  )}</ul>
<form method="post" action="${o.base}/drafts" enctype="multipart/form-data">
  <label for="draft-url">Link to your draft</label><input id="draft-url" name="url" type="url" inputmode="url" placeholder="https://">
  <label for="draft-file">Or a file (JPEG, PNG, WebP, MP4, MOV; 20 MB at most)</label>
  <input id="draft-file" name="file" type="file" accept="image/jpeg,image/png,image/webp,video/mp4,video/quicktime">
  <label for="draft-deliverable">For deliverable</label>
  <select id="draft-deliverable" name="deliverable">${v.terms.deliverables.map((d, i) => html`<option value="${i + 1}">${i + 1}. ${TYPE_WORDS[d.type]}</option>`)}</select>
  <label for="draft-comment">Comment (optional)</label><textarea id="draft-comment" name="comment" rows="2" maxlength="5000"></textarea>
  <button type="submit">Submit the draft</button>
</form>`;
}

function postsSection(v: PortalView, o: PortalPageOptions) {
  return html`
<h2 id="posts">Live posts</h2>
<ul class="plain">${v.posts.filter((p) => p.source !== 'creator_reported').map((p) => html`<li><a href="${p.url}" rel="noreferrer">${p.url}</a><br><span class="muted">${p.posted_at ? formatDateTime(o.locale, p.posted_at) : ''}</span></li>`)}</ul>
<form method="post" action="${o.base}/posts">
  <label for="post-url">Link to your live post</label><input id="post-url" name="url" type="url" inputmode="url" required placeholder="https://">
  <label for="post-kind">Type</label><select id="post-kind" name="kind"><option value="post">Post / reel / video</option><option value="story">Story</option></select>
  <label for="post-at">Posted at (UTC)</label><input id="post-at" name="posted_at" type="datetime-local" required>
  <label for="post-caption">Caption</label><textarea id="post-caption" name="caption" rows="3" maxlength="20000"></textarea>
  <button type="submit" class="secondary">Add the post</button>
</form>`;
}

function trackingSection(v: PortalView, o: PortalPageOptions) {
  const t = v.tracking;
  const url = t.linkPath ? `${o.origin}${t.linkPath}` : null;
  const qr = url ? qrSvgPath(url) : null;
  const money = (m: number) => formatMoney(o.locale, m, v.campaign.currency);
  return html`
<h2 id="results">Your link, code and earnings</h2>
${
  url && qr
    ? html`<p><code>${url}</code></p>
<svg class="qr" viewBox="0 0 ${qr.size} ${qr.size}" role="img" aria-label="QR code of your link" shape-rendering="crispEdges"><rect width="${qr.size}" height="${qr.size}" fill="#fff"/><path d="${qr.path}" fill="#000"/></svg>`
    : html`<p class="muted">No tracked link yet.</p>`
}
<dl>
  <dt>Code</dt><dd>${t.code ?? '—'}</dd>
  <dt>Clicks</dt><dd>${formatCount(o.locale, t.clicks)}</dd>
  <dt>Orders</dt><dd>${formatCount(o.locale, t.orders)}</dd>
  <dt>Commission earned</dt><dd>${money(t.earnedMinor)}</dd>
  <dt>Deal</dt><dd>${DEAL_STATUS_LABELS[v.deal.status]}</dd>
</dl>`;
}

/** A short list of the page's sections at its top: the page is long on a phone. Same order as the sections. */
function contents(v: PortalView, o: PortalPageOptions, gifts?: PortalGifts) {
  const entries: [string, string][] = [
    ...(v.campaign.brief ? ([['brief', 'Brief']] as [string, string][]) : []),
    ['terms', 'Terms'],
    ['address', 'Address'],
    ...(gifts?.limits ? ([['gifts', 'Gift']] as [string, string][]) : []),
    ['drafts', 'Drafts'],
    ['posts', 'Posts'],
    ['stories', 'Stories'],
    ['results', 'Earnings'],
    ...(o.connections ? ([['connections', 'Accounts']] as [string, string][]) : []),
    ['statement', 'Statement'],
    ['payout', 'Payment details'],
  ];
  return html`<nav aria-label="Contents"><ul class="toc">${entries.map(([id, label]) => html`<li><a href="#${id}">${label}</a></li>`)}</ul></nav>`;
}

export function portalPage(v: PortalView, payments: PortalPayments, o: PortalPageOptions, gifts?: PortalGifts) {
  return shell(
    `${v.brand} · ${v.campaign.name}`,
    html`<main>
<p class="muted">${v.brand} · ${v.creator}</p>
<h1>${v.campaign.name}</h1>
${o.error ? html`<p class="error" role="alert">${o.error}</p>` : ''}
${o.notice ? html`<p class="status ok" role="status">${o.notice}</p>` : ''}
${contents(v, o, gifts)}
${v.campaign.brief ? html`<h2 id="brief">Brief</h2><p>${v.campaign.brief}</p>` : ''}
${termsSection(v, o)}
${addressSection(v, o)}
${gifts ? giftsSection(gifts, o, { brand: v.brand, giftIncluded: v.deal.gifted_minor > 0, hasAddress: v.address !== null }) : ''}
${draftsSection(v, o)}
${postsSection(v, o)}
${storySection(v, o)}
${trackingSection(v, o)}
${o.connections ? connectionsSection(o.connections, o) : ''}
${statementSection(payments, o)}
${payoutDetailsSection(payments, o)}
</main>`,
  );
}
