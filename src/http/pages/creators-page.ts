import { html } from 'hono/html';
import { presentCreator } from '../../presenters/present-creator.ts';
import { layout } from './layout.ts';

type Item = ReturnType<typeof presentCreator>;

const fmt = (n: number | null) => (n === null ? 'n/a' : n.toLocaleString('en-GB'));

/** The plain creators list (the full web app replaces it). */
export const creatorsPage = (v: { workspace: string; items: Item[]; total: number; page: number; totalPages: number; q: string }) => layout('Creators', html`
<p class="muted">Workspace <strong>${v.workspace}</strong> · <form class="inline" method="post" action="/logout"><button type="submit">Sign out</button></form></p>
<h1>Creators (${fmt(v.total)})</h1>
<form method="get" action="/"><input name="q" value="${v.q}" placeholder="Search name, handle or bio"> <button type="submit">Search</button></form>
${v.items.length === 0 ? html`<p>No creators match. Import a list with <code>npx microreach import creators FILE.csv</code>.</p>` : html`
<table>
  <thead><tr><th>Creator</th><th>Account</th><th>Tier</th><th class="num">Followers</th><th class="num">Following</th><th class="num">Posts</th><th>Country</th></tr></thead>
  <tbody>${v.items.map((c) => c.accounts.map((a, i) => html`<tr>
    <td>${i === 0 ? html`<a href="/api/v1/creators/${c.id}">${c.display_name ?? a.handle}</a>${c.is_demo ? html` <span class="badge">demo</span>` : ''}` : ''}</td>
    <td>${a.platform}:${a.handle}</td><td>${a.tier ?? 'n/a'}</td>
    <td class="num">${fmt(a.followers)}</td><td class="num">${fmt(a.following)}</td><td class="num">${fmt(a.posts_count)}</td>
    <td>${i === 0 ? (c.country ?? '') : ''}</td></tr>`))}</tbody>
</table>
<p>${v.page > 1 ? html`<a href="/?page=${v.page - 1}&q=${encodeURIComponent(v.q)}">← previous</a>` : ''}
 page ${v.page} of ${Math.max(1, v.totalPages)}
 ${v.page < v.totalPages ? html`<a href="/?page=${v.page + 1}&q=${encodeURIComponent(v.q)}">next →</a>` : ''}</p>`}`);
