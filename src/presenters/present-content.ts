// The campaign's content and portal activity as the API and the CLI answer it (http/schemas/content.ts).
import { presentDeliverables, presentPost } from '../core/content/deliverable-rows.ts';
import type { loadCampaignActivity } from '../services/content/load-campaign-activity.ts';

export function presentCampaignActivity(a: Awaited<ReturnType<typeof loadCampaignActivity>>) {
  return {
    deliverables: a.content.deliverables,
    gifted_not_posted: a.content.gifted_not_posted,
    creators: a.content.creators.map((c) => {
      const { view, state } = a.perCreator(c.enrollment_id);
      return {
        enrollment_id: c.enrollment_id,
        creator: c.creator,
        deal_status: c.deal_status,
        terms_state: state,
        terms_sha256: view.termsSha256,
        answers: view.responses.map((r) => ({
          id: Number(r.id),
          kind: r.kind,
          typed_name: r.typed_name,
          ip_address: r.ip_address,
          user_agent: r.user_agent,
          terms_sha256: r.terms_sha256,
          message: r.message,
          proposed_fee_minor: r.proposed_fee_minor === null ? null : Number(r.proposed_fee_minor),
          answers_id: r.answers_id === null ? null : Number(r.answers_id),
          created_at: r.created_at,
        })),
        drafts: view.drafts.map((d) => ({
          id: Number(d.id),
          deliverable: d.deliverable_index === null ? null : d.deliverable_index + 1,
          url: d.url,
          file: d.file_type ? { type: d.file_type, bytes: Number(d.file_bytes) } : null,
          status: d.status,
          rights:
            d.status === 'approved'
              ? {
                  organic: d.rights_organic === 1,
                  paid_ads: d.rights_paid_ads === 1,
                  days: d.rights_days,
                  expires_at: d.rights_expires_at,
                }
              : null,
          created_at: d.created_at,
          comments: d.comments.map((m) => ({ author: m.author, body: m.body, created_at: m.created_at })),
        })),
        deliverables: presentDeliverables(c),
      };
    }),
    unmatched_posts: a.content.unmatched_posts.map(presentPost),
  };
}
