// Routes of other areas whose successful calls enter the audit log, recorded in one place by the
// authentication middleware (people, tokens and settings routes record their own, with more detail).
export const AUDITED_ROUTES: Record<string, string> = {
  'POST /api/v1/campaigns': 'campaign.created',
  'POST /api/v1/campaigns/{id}/creators': 'campaign.creator_enrolled',
  'POST /api/v1/campaigns/{id}/deals': 'campaign.deal_changed',
  'GET /api/v1/campaigns/{id}/report.csv': 'export.campaign_report',
  'POST /api/v1/imports': 'import.creators',
  'POST /api/v1/imports/profiles': 'import.profiles',
  'POST /api/v1/webhook-deliveries/{id}/replay': 'webhook.replayed',
  'POST /api/v1/lists': 'list.created',
  'POST /api/v1/lists/{id}': 'list.renamed',
  'POST /api/v1/lists/{id}/delete': 'list.deleted',
  'POST /api/v1/lists/{id}/creators': 'list.creators_added',
  'POST /api/v1/lists/{id}/creators/remove': 'list.creators_removed',
  'POST /api/v1/lists/{id}/enroll': 'campaign.list_enrolled',
  'GET /api/v1/lists/{id}/export.csv': 'export.list',
  'POST /api/v1/relationships/stages': 'pipeline.stages_changed',
  'POST /api/v1/relationships/fields': 'pipeline.field_created',
  'POST /api/v1/relationships/{id}/opt-out': 'relationship.opted_out',
  'POST /api/v1/campaigns/{id}/creators/bulk': 'campaign.selection_enrolled',
  'POST /api/v1/relationships/{id}/owner': 'relationship.owner_changed',
};
