// The creator portal's story section: stories vanish after 24 hours, so she uploads the story itself with a
// screenshot of its insights and the numbers she reads off it. They are shown back as hers ("you reported"), and
// the brand sees them as creator_reported, not as platform-verified numbers.
import { html } from 'hono/html';
import type { PortalView } from '../../services/portal/load-portal-view.ts';
import type { PortalPageOptions } from './portal-page.ts';
import { formatDateTime } from './portal-format.ts';

const TYPE_WORDS = { feed_post: 'Feed post', reel: 'Reel / short', story: 'Story', video: 'Video' } as const;

export function storySection(v: PortalView, o: PortalPageOptions) {
  const stories = v.posts.filter((p) => p.source === 'creator_reported');
  const count = (id: string, name: string, label: string) =>
    html`<label for="${id}">${label}</label><input id="${id}" name="${name}" inputmode="numeric" maxlength="30" autocomplete="off">`;
  return html`
<h2 id="stories">Stories</h2>
<p class="muted">A story disappears after 24 hours. Upload it here with a screenshot of its insights, and type the numbers you see.</p>
<ul class="plain">${stories.map(
    (p) =>
      html`<li>Story (${p.media_type ?? 'file'}) · you reported its numbers<br><span class="muted">${p.posted_at ? formatDateTime(o.locale, p.posted_at) : ''}</span></li>`,
  )}</ul>
<form method="post" action="${o.base}/stories" enctype="multipart/form-data">
  <label for="story-file">The story (JPEG, PNG, WebP, MP4, MOV)</label>
  <input id="story-file" name="file" type="file" required accept="image/jpeg,image/png,image/webp,video/mp4,video/quicktime">
  <label for="story-insights">Screenshot of its insights (JPEG, PNG, WebP)</label>
  <input id="story-insights" name="insights" type="file" required accept="image/jpeg,image/png,image/webp">
  <label for="story-at">Posted at (UTC)</label><input id="story-at" name="posted_at" type="datetime-local" required>
  ${count('story-impressions', 'impressions', 'Impressions (views)')}
  ${count('story-reach', 'reach', 'Accounts reached')}
  ${count('story-replies', 'replies', 'Replies')}
  ${count('story-clicks', 'link_clicks', 'Link clicks (sticker taps)')}
  <label for="story-caption">Text on the story (optional)</label><textarea id="story-caption" name="caption" rows="2" maxlength="5000"></textarea>
  <label for="story-deliverable">For deliverable</label>
  <select id="story-deliverable" name="deliverable">${v.terms.deliverables.map((d, i) => html`<option value="${i + 1}"${d.type === 'story' ? ' selected' : ''}>${i + 1}. ${TYPE_WORDS[d.type]}</option>`)}</select>
  <p class="muted">Both files together: 20 MB at most.</p>
  <button type="submit">Save the story</button>
</form>`;
}
