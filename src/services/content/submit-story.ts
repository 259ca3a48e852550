// A story the creator uploads from her portal (stories vanish after 24 hours, so the file is the proof): the story
// file and her insights screenshot are checked and kept, and the story is recorded as campaign content with the
// numbers she read off the screenshot, marked creator_reported (shown as hers, not as platform-verified). The same
// file sent again adds a metric snapshot and changes nothing else (the story is known by its SHA-256).
import { createHash } from 'node:crypto';
import type { StoryReport } from '../../core/content/story-report-input.ts';
import type { DB } from '../../storage/connect.ts';
import type { PortalSession } from '../portal/open-portal-link.ts';
import { addContentPost } from './add-content-post.ts';
import { IMAGE_TYPES, MEDIA_TYPES, storePortalFile } from './store-portal-file.ts';

type Upload = { type: string; bytes: Buffer };

export async function submitStory(
  db: DB,
  dataDir: string,
  s: PortalSession,
  files: { story: Upload; insights: Upload },
  report: StoryReport,
  now = new Date().toISOString(),
) {
  const story = await storePortalFile(dataDir, 'portal-stories', s.workspaceId, files.story, MEDIA_TYPES, {
    name: 'Story file',
    field: 'file',
  });
  const insights = await storePortalFile(dataDir, 'portal-stories', s.workspaceId, files.insights, IMAGE_TYPES, {
    name: 'Insights screenshot',
    field: 'insights',
  });
  const sha = createHash('sha256').update(files.story.bytes).digest('hex');
  return addContentPost(
    db,
    s.workspaceId,
    { campaignId: s.campaignId, enrollmentId: s.enrollmentId },
    {
      url: `story-upload:${sha}`,
      kind: 'story',
      caption: report.caption ?? null,
      posted_at: report.posted_at,
      deliverable: report.deliverable ?? null,
      impressions: report.impressions ?? null,
      reach: report.reach ?? null,
      replies: report.replies ?? null,
      link_clicks: report.link_clicks ?? null,
    },
    'creator_reported',
    now,
    { media: { path: story.path, type: story.type }, insights: insights.path },
  );
}
