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
};
