// Every table of the database, as Kysely sees it. Timestamps are ISO-8601 UTC strings
// (they sort correctly as text on both SQLite and Postgres); booleans are 0/1 integers so
// that one code path serves both dialects.
import type { DealStatus } from '../core/shared/deal-status.ts';
import type { BrandMention } from '../core/content/brand-mention.ts';
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
// The domain's own vocabularies live in the core; the tables store them as text.
import type { AttributionModel, AttributionRule } from '../core/attribution/types.ts';
import type { AudienceDimension, AudienceSource, Platform, PostType } from '../core/creators/creator-record.ts';
import type { OrderSource } from '../core/orders/order-record.ts';
import type { StorePlatform } from '../core/orders/store-platforms.ts';
import type { LedgerKind } from '../core/ledger/ledger-kinds.ts';
import type { PayoutBatchStatus, PayoutLineStatus } from '../core/payouts/payout-status.ts';

export type {
  AttributionModel,
  AttributionRule,
  AudienceDimension,
  AudienceSource,
  OrderSource,
  Platform,
  PostType,
  StorePlatform,
};

type Id = Generated<number>;
type Flag = 0 | 1;

export interface Database {
  workspaces: WorkspacesTable;
  creators: CreatorsTable;
  workspace_creators: WorkspaceCreatorsTable;
  accounts: AccountsTable;
  account_snapshots: AccountSnapshotsTable;
  reported_metrics: ReportedMetricsTable;
  posts: PostsTable;
  post_snapshots: PostSnapshotsTable;
  comments: CommentsTable;
  audiences: AudiencesTable;
  audience_segments: AudienceSegmentsTable;
  imports: ImportsTable;
  api_tokens: ApiTokensTable;
  sessions: SessionsTable;
  account_metrics: AccountMetricsTable;
  tier_benchmarks: TierBenchmarksTable;
  known_profiles: KnownProfilesTable;
  terms: TermsTable;
  account_terms: AccountTermsTable;
  account_niches: AccountNichesTable;
  meta: MetaTable;
  data_revision_reservations: DataRevisionReservationsTable;
  currency_rates: CurrencyRatesTable;
  campaigns: CampaignsTable;
  enrollments: EnrollmentsTable;
  tracked_links: TrackedLinksTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_events: WebhookEventsTable;
  webhook_sends: WebhookSendsTable;
  discount_codes: DiscountCodesTable;
  clicks: ClicksTable;
  checkout_clicks: CheckoutClicksTable;
  store_connections: StoreConnectionsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  orders: OrdersTable;
  order_refunds: OrderRefundsTable;
  attributions: AttributionsTable;
  ledger_transactions: LedgerTransactionsTable;
  ledger_postings: LedgerPostingsTable;
  payout_batches: PayoutBatchesTable;
  payout_lines: PayoutLinesTable;
  creator_payout_details: CreatorPayoutDetailsTable;
  import_runners: ImportRunnersTable;
  webhook_rejections: WebhookRejectionsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  password_resets: PasswordResetsTable;
  audit_events: AuditEventsTable;
  workspace_creator_data: WorkspaceCreatorDataTable;
  workspace_account_data: WorkspaceAccountDataTable;
  workspace_account_snapshots: WorkspaceAccountSnapshotsTable;
  saved_briefs: SavedBriefsTable;
  creator_lists: CreatorListsTable;
  creator_list_members: CreatorListMembersTable;
  pipeline_stages: PipelineStagesTable;
  relationships: RelationshipsTable;
  relationship_notes: RelationshipNotesTable;
  relationship_tasks: RelationshipTasksTable;
  relationship_events: RelationshipEventsTable;
  relationship_fields: RelationshipFieldsTable;
  relationship_field_values: RelationshipFieldValuesTable;
  jobs: JobsTable;
  mailboxes: MailboxesTable;
  email_templates: EmailTemplatesTable;
  sequences: SequencesTable;
  sequence_steps: SequenceStepsTable;
  sequence_enrollments: SequenceEnrollmentsTable;
  outreach_messages: OutreachMessagesTable;
  contact_opt_outs: ContactOptOutsTable;
  portal_links: PortalLinksTable;
  oauth_states: OAuthStatesTable;
  creator_connections: CreatorConnectionsTable;
  deal_terms: DealTermsTable;
  terms_responses: TermsResponsesTable;
  shipping_addresses: ShippingAddressesTable;
  catalog_variants: CatalogVariantsTable;
  gift_limits: GiftLimitsTable;
  gifts: GiftsTable;
  content_drafts: ContentDraftsTable;
  draft_comments: DraftCommentsTable;
  content_posts: ContentPostsTable;
  content_snapshots: ContentSnapshotsTable;
  story_mention_deliveries: StoryMentionDeliveriesTable;
  brand_instagram_tokens: BrandInstagramTokensTable;
  instagram_senders: InstagramSendersTable;
}

/** A brand (or an agency's client). Everything a brand owns carries its workspace_id. */
export interface WorkspacesTable {
  id: Id;
  slug: string;
  name: string;
  currency: string;
  created_at: string;
  /** JSON array of lower-case host names tracked links may point to (and their subdomains); migration 0008. */
  allowed_domains: Generated<string>;
}

/** A person. Public creator data is shared by all workspaces of one installation. */
export interface CreatorsTable {
  id: Id;
  display_name: string | null;
  email: string | null;
  country: string | null;
  language: string | null;
  /** JSON array of category labels as the sources gave them. */
  categories: Generated<string>;
  /** JSON with the generator's labels when this is synthetic demo data, else null. */
  demo: string | null;
  created_at: string;
  updated_at: string;
}

/** Which creators a workspace has in its own pool (imported or added). */
export interface WorkspaceCreatorsTable {
  workspace_id: number;
  creator_id: number;
  source: string;
  added_at: string;
}

/** One platform account of a creator, with its latest profile numbers. */
export interface AccountsTable {
  id: Id;
  creator_id: number;
  platform: Platform;
  /** Normalised: lower case, no leading @. YouTube: the custom URL without @, else the channel id. */
  handle: string;
  external_id: string | null;
  display_name: string | null;
  bio: string | null;
  website: string | null;
  profile_picture_url: string | null;
  is_private: Flag | null;
  is_verified: Flag | null;
  followers: number | null;
  following: number | null;
  posts_count: number | null;
  followers_hidden: Generated<Flag>;
  /** When the profile numbers above were true. */
  observed_at: string;
  source: string;
  fetched_at: string;
  created_at: string;
  updated_at: string;
}

/** Profile numbers of an account as observed at one time (the follower history). */
export interface AccountSnapshotsTable {
  id: Id;
  account_id: number;
  observed_at: string;
  followers: number | null;
  following: number | null;
  posts_count: number | null;
  source: string;
  fetched_at: string;
}

/** A number another tool reported about an account (e.g. its own engagement rate), kept as given. */
export interface ReportedMetricsTable {
  id: Id;
  account_id: number;
  metric: string;
  /** Numeric value, or null when the metric is textual (e.g. an audience's top country). */
  value: number | null;
  text: string | null;
  observed_at: string;
  source: string;
  fetched_at: string;
}

export interface PostsTable {
  id: Id;
  account_id: number;
  external_id: string;
  type: PostType;
  posted_at: string;
  title: string | null;
  caption: string | null;
  /** JSON arrays of lower-case strings without # or @. */
  hashtags: Generated<string>;
  mentions: Generated<string>;
  tagged_brands: Generated<string>;
  permalink: string | null;
  /** null means unknown or hidden by the creator: never read it as zero. */
  likes: number | null;
  comments: number | null;
  views: number | null;
  /** Insights the creator shared (connected accounts); null when not known. */
  impressions: number | null;
  reach: number | null;
  saves: number | null;
  /** 1 when the platform marks a paid partnership, 0 when it says there is none, null when unknown. */
  is_paid_partnership: Flag | null;
  is_pinned: Generated<Flag>;
  /** How the platform reported the brand named (0025; core/content/brand-mention.ts); null = it did not. */
  brand_mention: BrandMention | null;
  /** The workspace whose brand was mentioned (posts are shared; only its campaigns collect the post for it). */
  brand_mention_workspace_id: number | null;
  source: string;
  fetched_at: string;
  created_at: string;
  updated_at: string;
}

export interface PostSnapshotsTable {
  id: Id;
  post_id: number;
  observed_at: string;
  likes: number | null;
  comments: number | null;
  views: number | null;
  source: string;
}

export interface CommentsTable {
  id: Id;
  post_id: number;
  external_id: string;
  author_handle: string;
  text: string;
  commented_at: string;
  /** external_id of the comment this one answers, null for a top-level comment. */
  reply_to: string | null;
  by_creator: Generated<Flag>;
  source: string;
  fetched_at: string;
}

/** One audience distribution of an account, from one kind of source. */
export interface AudiencesTable {
  id: Id;
  account_id: number;
  dimension: AudienceDimension;
  source: AudienceSource;
  /** Where it came from, e.g. "instagram_graph:follower_demographics" or "demo". */
  origin: string;
  sample_size: number | null;
  as_of: string;
  fetched_at: string;
}

/** A bucket of a distribution: key is "18-24:female", an ISO country code, or a city name. */
export interface AudienceSegmentsTable {
  audience_id: number;
  key: string;
  share: number;
  count: number | null;
}

export interface ImportsTable {
  id: Id;
  workspace_id: number;
  kind: string;
  file_name: string;
  started_at: string;
  finished_at: string | null;
  /** interrupted: the process died mid-run (kill -9, power loss); marked by the next import or `doctor --repair`. */
  status: 'running' | 'succeeded' | 'partial' | 'failed' | 'interrupted';
  imported: Generated<number>;
  updated: Generated<number>;
  unchanged: Generated<number>;
  rejected: Generated<number>;
  /** JSON array of rejections: { record, field, reason }. */
  errors: Generated<string>;
}

/** A bearer token for the REST API and CLI scripts, scoped to one workspace. */
export interface ApiTokensTable {
  id: Id;
  workspace_id: number;
  name: string;
  /** SHA-256 of the token; the token itself is shown once and never stored. */
  token_hash: string;
  /** First characters of the token, to recognise it in lists. */
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  /** The user the token acts for; null for a workspace token made before users existed (acts as admin). */
  user_id: number | null;
  /** JSON array of permissions narrowing the user's; null = all of the user's permissions. */
  scopes: string | null;
  expires_at: string | null;
}

/** A browser session (HttpOnly cookie), scoped to one workspace. */
export interface SessionsTable {
  id_hash: string;
  workspace_id: number;
  via: 'token' | 'demo' | 'password';
  created_at: string;
  expires_at: string;
  user_id: number | null;
  /** The API token the session was opened with (revoking it ends the session). */
  token_id: number | null;
  user_agent: string | null;
}

/** Vetting numbers derived from an account's data, recomputed after imports (see services/vetting). */
export interface AccountMetricsTable {
  account_id: number;
  /** The moment the windows (30/60/90 days, 48 h) were measured from. */
  as_of: string;
  platform: Platform;
  tier: string | null;
  followers: number | null;
  er_followers: number | null;
  er_followers_posts: Generated<number>;
  er_median_likes: number | null;
  er_views: number | null;
  /** Median views of recent videos, for pricing. */
  median_views: number | null;
  reply_rate: number | null;
  reply_threads: Generated<number>;
  median_reply_delay_hours: number | null;
  sponsored_share_90d: number | null;
  paid_post_performance: number | null;
  /** JSON array of brand handles seen in sponsored posts over 90 days. */
  sponsored_brands: Generated<string>;
  growth_30d: number | null;
  growth_90d: number | null;
  unexplained_spikes: Generated<number>;
  authenticity_score: number | null;
  authenticity_level: string | null;
  posts_90d: Generated<number>;
  last_posted_at: string | null;
  computed_at: string;
  /** Sum of the stored term weights (the BM25 document length). */
  doc_length: Generated<number>;
  /** er_followers percentile (0–100) within platform × tier at the last refresh of this account. */
  er_percentile: number | null;
  /** Views a feed post (or video) is expected to get: own median views, else followers × reach factor. */
  expected_views_post: number | null;
  /** Mid fair price of the main deliverable in US dollars, before a brand's calibration. */
  price_post_mid_usd: number | null;
  /** Data revision of the last refresh (see meta.data_revision). */
  revision: Generated<number>;
}

/** Quantiles of one metric over all accounts of a platform and tier (for percentiles and medians). */
export interface TierBenchmarksTable {
  platform: Platform;
  tier: string;
  metric: string;
  count: number;
  median: number | null;
  /** JSON array of 101 values: the 0th to 100th percentile. */
  quantiles: string;
  computed_at: string;
}

/** Profile numbers of a follower or commenter (not a creator), for the account-level classifier. */
export interface KnownProfilesTable {
  platform: Platform;
  handle: string;
  followers: number | null;
  following: number | null;
  posts_count: number | null;
  has_profile_picture: Flag | null;
  is_private: Flag | null;
  bio_length: number | null;
  full_name: string | null;
  source: string;
  fetched_at: string;
}

export interface TermsTable {
  id: number;
  term: string;
}

/** The niche document of an account: its strongest terms with their weights (a posting list by term). */
export interface AccountTermsTable {
  term_id: number;
  account_id: number;
  weight: number;
}

export interface AccountNichesTable {
  account_id: number;
  category: string;
  confidence: number;
}

/** Installation-wide counters, e.g. data_revision (bumped by every metrics refresh). */
export interface MetaTable {
  key: string;
  value: number;
}

/** A data revision a metrics refresh holds (migration 0028); published once it and all below it are finished. */
export interface DataRevisionReservationsTable {
  revision: number;
  /** host:pid of the refreshing process (storage/imports/import-runners.ts thisRunner). */
  runner: string;
  /** Beaten every minute while the refresh runs: a silent reservation on another host is presumed dead. */
  beat_at: string;
  /** Null while the refresh is writing. */
  finished_at: string | null;
}

export type Workspace = Selectable<WorkspacesTable>;
export type Creator = Selectable<CreatorsTable>;
export type Account = Selectable<AccountsTable>;
export type NewAccount = Insertable<AccountsTable>;
export type AccountUpdate = Updateable<AccountsTable>;
export type Post = Selectable<PostsTable>;
export type NewPost = Insertable<PostsTable>;
export type Comment = Selectable<CommentsTable>;
export type Audience = Selectable<AudiencesTable>;
export type ImportRun = Selectable<ImportsTable>;
export type { ColumnType };

// ---- Campaigns, tracking, orders and attribution (migration 0003). Money: integer minor units. ----

/** A user-maintained exchange rate: 1 unit of from_currency = rate units of to_currency. */
export interface CurrencyRatesTable {
  id: Id;
  workspace_id: number;
  from_currency: string;
  to_currency: string;
  /** Decimal string, e.g. "1.1734"; converted exactly (core/money/convert.ts). */
  rate: string;
  updated_at: string;
}

export interface CampaignsTable {
  id: Id;
  workspace_id: number;
  name: string;
  brief: string | null;
  /** Calendar dates, YYYY-MM-DD. */
  starts_on: string | null;
  ends_on: string | null;
  currency: string;
  window_days: Generated<number>;
  model: Generated<AttributionModel>;
  destination_url: string;
  utm_source: string;
  utm_medium: string;
  utm_campaign: string;
  /** Cost of goods as basis points of attributed revenue, when orders do not carry it. */
  cogs_bps: number | null;
  payment_fee_bps: number | null;
  payment_fee_fixed_minor: number | null;
  /** Days after an order before its commission becomes payable (0018; default 30). */
  hold_days: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** A creator enrolled in a campaign, with the agreed costs (campaign currency). */
export interface EnrollmentsTable {
  id: Id;
  workspace_id: number;
  campaign_id: number;
  creator_id: number;
  account_id: number;
  fee_minor: Generated<number>;
  gifted_minor: Generated<number>;
  shipping_minor: Generated<number>;
  other_cost_minor: Generated<number>;
  /** Commission on attributed net revenue, in basis points (10% = 1000). */
  commission_bps: Generated<number>;
  /** JSON array of deliverable labels. */
  deliverables: Generated<string>;
  impressions: number | null;
  engagements: number | null;
  email_hash: string | null;
  address_hash: string | null;
  created_at: string;
  updated_at: string;
  /** proposed → agreed → delivered → paid, or declined (core/campaigns/deal-status.ts; migration 0007). */
  deal_status: Generated<DealStatus>;
  deal_status_at: string | null;
}

export interface TrackedLinksTable {
  id: Id;
  workspace_id: number;
  campaign_id: number;
  enrollment_id: number;
  /** The public part of /r/<key>; unique across the installation. */
  key: string;
  destination_url: string;
  created_at: string;
  updated_at: string;
}

export interface DiscountCodesTable {
  id: Id;
  workspace_id: number;
  campaign_id: number;
  enrollment_id: number;
  code: string;
  /** Trimmed, lower case: unique per workspace. */
  code_normalized: string;
  created_at: string;
  /** Terms (0019): a percentage in basis points or a fixed amount in campaign minor units; both null = unknown. */
  percent_off_bps: number | null;
  amount_off_minor: number | null;
  usage_limit: number | null;
  once_per_customer: Generated<Flag>;
  sync_status: Generated<CodeSyncStatus>;
  /** The store's own words when the last sync failed. */
  sync_error: string | null;
  /** The store's id of the code (Shopify DiscountCodeNode gid, WooCommerce coupon id). */
  store_ref: string | null;
  synced_at: string | null;
  deactivated_at: string | null;
  /** The code that replaced this one after a leak. */
  replaced_by_code_id: number | null;
}

/** Where a discount code stands in the connected store (core/codes/code-sync-status.ts). */
export type CodeSyncStatus = 'not_synced' | 'pending' | 'synced' | 'failed' | 'deactivated';

export interface ClicksTable {
  id: Id;
  workspace_id: number;
  link_id: number;
  click_id: string;
  visitor_id: string;
  hour_bucket: string;
  clicked_at: string;
  referrer: string | null;
}

/** A click id the storefront snippet reported for a cart or checkout token. */
export interface CheckoutClicksTable {
  id: Id;
  workspace_id: number;
  token: string;
  click_id: string;
  reported_at: string;
}

export interface StoreConnectionsTable {
  id: Id;
  workspace_id: number;
  platform: StorePlatform;
  shop: string | null;
  secret_ciphertext: string;
  created_at: string;
  updated_at: string;
  /** Admin API address (Shopify GraphQL endpoint, WooCommerce site root) for creating codes (0019). */
  admin_url: string | null;
  /** Sealed JSON of the Admin API credentials (token, or consumer key + secret). */
  admin_ciphertext: string | null;
}

/** pending: an event for an order not stored yet (applied when the order arrives). */
export type DeliveryOutcome =
  | 'processed'
  | 'duplicate'
  | 'ignored'
  | 'bad_signature'
  | 'invalid'
  | 'failed'
  | 'pending';

export interface WebhookDeliveriesTable {
  id: Id;
  workspace_id: number;
  platform: StorePlatform;
  topic: string;
  external_id: string | null;
  signature_ok: Flag;
  /** JSON object of the headers we use. */
  headers: string;
  body: string;
  body_bytes: number;
  body_truncated: Generated<Flag>;
  outcome: DeliveryOutcome;
  error: string | null;
  order_id: number | null;
  attempts: Generated<number>;
  received_at: string;
  processed_at: string | null;
  duration_ms: number | null;
  /** The order an event names (refund, deletion, edit), kept to apply a pending event when it arrives. */
  order_external_id: string | null;
  /** When the raw body was reduced to what attribution needs (after the retention period). */
  body_reduced_at: string | null;
}

export interface OrdersTable {
  id: Id;
  workspace_id: number;
  source: OrderSource;
  external_id: string;
  name: string | null;
  currency: string;
  placed_at: string;
  /** Line items after discounts, excluding tax and shipping (the revenue base). */
  subtotal_minor: number;
  discounts_minor: Generated<number>;
  shipping_minor: Generated<number>;
  tax_minor: Generated<number>;
  total_minor: number;
  cogs_minor: number | null;
  payment_fees_minor: number | null;
  financial_status: string | null;
  cancelled_at: string | null;
  /** "email:<sha256>" or "shopify:<customer id>"; null when the order has no customer identity. */
  customer_key: string | null;
  email_hash: string | null;
  address_hash: string | null;
  /** JSON array of normalised discount codes. */
  codes: Generated<string>;
  landing_url: string | null;
  referrer: string | null;
  cart_token: string | null;
  checkout_token: string | null;
  /** mr_cid carried by the order itself (cart attribute / order meta set by the snippet). */
  checkout_click_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface OrderRefundsTable {
  id: Id;
  workspace_id: number;
  order_id: number;
  external_id: string;
  amount_minor: number;
  refunded_at: string;
}

export interface AttributionsTable {
  order_id: number;
  workspace_id: number;
  campaign_id: number | null;
  enrollment_id: number | null;
  rule: AttributionRule;
  /** JSON: rule, code, click id, timestamps, window, model, candidates considered. */
  evidence: string;
  /** JSON array of { kind, reason }. */
  flags: Generated<string>;
  is_repeat: Generated<Flag>;
  is_new_customer: Flag | null;
  attributed_at: string;
}

/** A ledger transaction (0018): its postings sum to zero; the key makes a replay add nothing. */
export interface LedgerTransactionsTable {
  id: Id;
  workspace_id: number;
  idempotency_key: string;
  kind: LedgerKind;
  creator_id: number;
  campaign_id: number | null;
  enrollment_id: number | null;
  order_id: number | null;
  payout_line_id: number | null;
  currency: string;
  reason: string;
  occurred_at: string;
  /** When its postings count in the payable balance (order time + the campaign's hold for accruals). */
  available_at: string;
  created_by: number | null;
  created_at: string;
}

/** One leg of a transaction; positive = credit. On creator:<id> a credit is money owed to the creator. */
export interface LedgerPostingsTable {
  id: Id;
  workspace_id: number;
  transaction_id: number;
  account: string;
  currency: string;
  amount_minor: number;
}

export interface PayoutBatchesTable {
  id: Id;
  workspace_id: number;
  status: PayoutBatchStatus;
  as_of: string;
  minimum_minor: number;
  created_by: number | null;
  created_at: string;
  paid_at: string | null;
  /** paypal-csv | wise-csv | bank-csv once paid by export. */
  paid_via: string | null;
}

export interface PayoutLinesTable {
  id: Id;
  workspace_id: number;
  batch_id: number;
  creator_id: number;
  currency: string;
  amount_minor: number;
  status: PayoutLineStatus;
  excluded_reason: string | null;
  failure_reason: string | null;
  provider: string | null;
  provider_ref: string | null;
  created_at: string;
  updated_at: string;
}

/** Payout details and tax form fields of a creator in a workspace, sealed with the installation key. */
export interface CreatorPayoutDetailsTable {
  workspace_id: number;
  creator_id: number;
  method: string;
  sealed: string;
  updated_by: number | null;
  updated_at: string;
}

export type Campaign = Selectable<CampaignsTable>;
export type Enrollment = Selectable<EnrollmentsTable>;
export type TrackedLink = Selectable<TrackedLinksTable>;
export type DiscountCode = Selectable<DiscountCodesTable>;
export type Order = Selectable<OrdersTable>;
export type NewOrder = Insertable<OrdersTable>;
export type WebhookDelivery = Selectable<WebhookDeliveriesTable>;
export type AttributionRow = Selectable<AttributionsTable>;

/**
 * Who runs an import and how far it got (one row per import run, 0009-hardening): a run whose
 * process is gone is marked interrupted, and a run whose derived rows were never finished makes
 * the next run of the same file refresh everything the file holds.
 */
export interface ImportRunnersTable {
  import_id: number;
  /** "hostname:pid" of the process writing the run. */
  runner: string;
  /** Updated with each committed batch; a run on another host is presumed dead when this is old. */
  heartbeat_at: string;
  /** When the derived rows (vetting metrics, niche documents) of the run were refreshed; null until then. */
  derived_at: string | null;
}

/** Deliveries refused for their signature, counted per workspace and platform (a bounded sample is stored). */
export interface WebhookRejectionsTable {
  workspace_id: number;
  platform: StorePlatform;
  count: number;
  first_at: string;
  last_at: string;
}

/** A person who signs in. Email is stored lower-case; the password as an argon2id PHC string. */
export interface UsersTable {
  id: Id;
  email: string;
  name: string | null;
  password_hash: string;
  /** Base32 TOTP secret, sealed with the installation's secret box when a key is configured. */
  totp_secret: string | null;
  totp_enabled: Generated<Flag>;
  created_at: string;
}

/** A user's role in one workspace (a user may belong to several). */
export interface MembershipsTable {
  workspace_id: number;
  user_id: number;
  role: string;
  created_at: string;
}

export interface InvitationsTable {
  id: Id;
  workspace_id: number;
  email: string;
  role: string;
  token_hash: string;
  invited_by: number | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: number;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

/** Who did what and when in a workspace. */
export interface AuditEventsTable {
  id: Id;
  workspace_id: number;
  user_id: number | null;
  /** Who, as shown: the user's email, "demo", or "token mr_abc…". */
  actor: string;
  action: string;
  target: string | null;
  /** JSON object. */
  details: Generated<string>;
  created_at: string;
}

export type User = Selectable<UsersTable>;
export type AuditEvent = Selectable<AuditEventsTable>;

// ---- The workspace layer of creator data (migration 0008, PRODUCT.md "Creator data layers"). ----

/** What one workspace imported or typed about a creator: visible to that workspace only. */
export interface WorkspaceCreatorDataTable {
  workspace_id: number;
  creator_id: number;
  display_name: string | null;
  email: string | null;
  country: string | null;
  language: string | null;
  /** JSON array of category labels from the workspace's files. */
  categories: Generated<string>;
  notes: string | null;
  /** Where the values came from, e.g. "csv:list.csv". */
  source: string;
  updated_at: string;
}

/** A workspace's own numbers and texts about an account (its CSV files), next to the shared ones. */
export interface WorkspaceAccountDataTable {
  workspace_id: number;
  account_id: number;
  display_name: string | null;
  bio: string | null;
  website: string | null;
  followers: number | null;
  following: number | null;
  posts_count: number | null;
  /** JSON array of { metric, value, text }: numbers another tool reported, as the file gave them. */
  reported: Generated<string>;
  /** When the numbers above were true. */
  observed_at: string;
  source: string;
  updated_at: string;
}

/** The dated profile numbers of a workspace's files: its own follower history of an account. */
export interface WorkspaceAccountSnapshotsTable {
  id: Id;
  workspace_id: number;
  account_id: number;
  observed_at: string;
  followers: number | null;
  following: number | null;
  posts_count: number | null;
  source: string;
  fetched_at: string;
}

export type WorkspaceCreatorData = Selectable<WorkspaceCreatorDataTable>;
export type WorkspaceAccountData = Selectable<WorkspaceAccountDataTable>;

/** A workspace's named discovery brief (migration 0007). */
export interface SavedBriefsTable {
  id: Id;
  workspace_id: number;
  name: string;
  /** The brief as JSON, in the API's brief shape. */
  brief: string;
  created_at: string;
  updated_at: string;
}

// ---- Relationships (0013): lists, one relationship per creator per workspace, notes, tasks, timeline. ----

export interface CreatorListsTable {
  id: Id;
  workspace_id: number;
  name: string;
  created_by: number | null;
  created_at: string;
  updated_at: string;
}

/** An account on a list (lists hold accounts, as Discover shows them; creator_id for the relationship). */
export interface CreatorListMembersTable {
  list_id: number;
  workspace_id: number;
  account_id: number;
  creator_id: number;
  added_at: string;
}

/** A workspace's own pipeline: JSON array of stage keys in order (no row: the defaults of the core). */
export interface PipelineStagesTable {
  workspace_id: number;
  stages: string;
  updated_at: string;
}

export interface RelationshipsTable {
  id: Id;
  workspace_id: number;
  creator_id: number;
  stage: string;
  owner_user_id: number | null;
  /** JSON array of lower-case tags. */
  tags: Generated<string>;
  stage_changed_at: string;
  created_at: string;
  updated_at: string;
}

export interface RelationshipNotesTable {
  id: Id;
  relationship_id: number;
  workspace_id: number;
  author_user_id: number | null;
  /** Markdown exactly as written. */
  body: string;
  /** JSON array of the user ids mentioned as @email (members of the workspace only). */
  mentions: Generated<string>;
  created_at: string;
}

export interface RelationshipTasksTable {
  id: Id;
  relationship_id: number;
  workspace_id: number;
  title: string;
  /** YYYY-MM-DD. */
  due_on: string | null;
  assignee_user_id: number | null;
  done_at: string | null;
  created_at: string;
  /** ISO time at which the assignee is reminded (shown in "My tasks"; e-mailed by outreach's jobs). */
  remind_at: string | null;
}

/** What happened, stored when it happens (stage changes, notes, tasks, list additions); see core/relationships. */
export interface RelationshipEventsTable {
  id: Id;
  relationship_id: number;
  workspace_id: number;
  kind: string;
  actor_user_id: number | null;
  /** JSON object. */
  details: Generated<string>;
  at: string;
}

/** A workspace's own field on relationships: text, number, date (YYYY-MM-DD) or select (one of `options`). */
export interface RelationshipFieldsTable {
  id: Id;
  workspace_id: number;
  name: string;
  type: string;
  /** JSON array of the allowed values of a select field; [] otherwise. */
  options: Generated<string>;
  created_at: string;
}

/** One relationship's value of one custom field, as checked text (numbers and dates in a canonical form). */
export interface RelationshipFieldValuesTable {
  relationship_id: number;
  field_id: number;
  workspace_id: number;
  value: string;
  updated_at: string;
}

/** What a durable job is doing: see src/core/jobs/job-status.ts. */
export type JobStatusColumn = 'queued' | 'running' | 'done' | 'failed' | 'unknown';

/** A durable job (migration 0014): claimed by lease, run by src/services/jobs/run-due-jobs.ts. */
export interface JobsTable {
  id: Id;
  workspace_id: number | null;
  kind: string;
  /** Unique: enqueueing the same work twice keeps the first job. */
  idempotency_key: string;
  /** JSON object given to the handler. */
  payload: Generated<string>;
  status: JobStatusColumn;
  /** Higher runs first among due jobs. */
  priority: Generated<number>;
  run_at: string;
  attempts: Generated<number>;
  max_attempts: number;
  /** 1: an expired lease makes the job `unknown` (its side effect may have happened) instead of re-running it. */
  at_most_once: Generated<Flag>;
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  /** JSON the handler returned. */
  result: string | null;
  created_at: string;
  updated_at: string;
}

/** A workspace's own mailbox (migration 0015): outreach is sent from it and replies are read from it. */
export interface MailboxesTable {
  id: Id;
  workspace_id: number;
  from_name: string | null;
  from_address: string;
  /** Sealed smtp:// or smtps:// URL with its app password (core/crypto/secret-box.ts). */
  smtp_ciphertext: string;
  /** Sealed imap:// or imaps:// URL; null: replies are not watched. */
  imap_ciphertext: string | null;
  daily_limit: number;
  /** New emails a day on the first sending day, growing by warmup_step a day up to daily_limit. */
  warmup_start: number;
  warmup_step: number;
  min_spacing_seconds: number;
  jitter_percent: number;
  send_from_hour: number;
  send_until_hour: number;
  /** JSON array of ISO weekdays (1 = Monday … 7 = Sunday). */
  send_days: string;
  /** IANA time zone of the sending hours. */
  time_zone: string;
  /** active | paused | error */
  status: string;
  last_error: string | null;
  /** The first day this mailbox sent through microreach (YYYY-MM-DD in its time zone): the warm-up counts from it. */
  first_send_on: string | null;
  imap_uid_validity: number | null;
  imap_last_uid: number | null;
  created_at: string;
  updated_at: string;
}

export interface EmailTemplatesTable {
  id: Id;
  workspace_id: number;
  name: string;
  subject: string;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface SequencesTable {
  id: Id;
  workspace_id: number;
  name: string;
  campaign_id: number | null;
  /** active | paused | archived */
  status: string;
  created_at: string;
  updated_at: string;
}

export interface SequenceStepsTable {
  id: Id;
  sequence_id: number;
  workspace_id: number;
  /** 1, 2, 3 … in sending order. */
  position: number;
  subject: string;
  body: string;
  /** Days after the previous step (the first step: after enrollment). */
  delay_days: number;
}

/** A creator in a sequence. She leaves it (status other than active) on reply, bounce, opt-out or stage change. */
export interface SequenceEnrollmentsTable {
  id: Id;
  workspace_id: number;
  sequence_id: number;
  creator_id: number;
  account_id: number | null;
  email: string;
  mailbox_id: number | null;
  /** active | replied | bounced | opted_out | stage_changed | completed | stopped */
  status: string;
  /** The step to send next; null once every step went out. */
  next_position: number | null;
  next_due_at: string | null;
  stage_at_enrollment: string | null;
  stop_reason: string | null;
  enrolled_at: string;
  updated_at: string;
}

/** One email in or out. An outgoing step is unique per (enrollment_id, step_position): never sent twice. */
export interface OutreachMessagesTable {
  id: Id;
  workspace_id: number;
  creator_id: number | null;
  mailbox_id: number | null;
  enrollment_id: number | null;
  step_position: number | null;
  /** out | in */
  direction: string;
  /** step | manual | reply | bounce | auto_reply */
  kind: string;
  /** RFC 5322 Message-ID without angle brackets. */
  message_id: string;
  in_reply_to: string | null;
  /** The References header as received or sent (space-separated ids without brackets). */
  references_header: string | null;
  /** Message-ID of the first message of the thread. */
  thread_root: string;
  from_address: string;
  to_address: string;
  subject: string;
  body_text: string;
  /** out: queued | sending | sent | unknown | failed; in: received */
  status: string;
  error: string | null;
  job_id: number | null;
  /** When it was sent or received. */
  at: string;
  created_at: string;
  /** Received mail: when it was first opened in the inbox; null = unread (0021). */
  read_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** An opt-out holds for the whole workspace (every sequence and mailbox). */
export interface ContactOptOutsTable {
  id: Id;
  workspace_id: number;
  creator_id: number | null;
  email: string | null;
  /** link | reply | manual | bounce */
  source: string;
  reason: string | null;
  created_at: string;
}
/** A creator's magic link to the portal (0017): the token is signed; this row answers revocation and scope. */
export interface PortalLinksTable {
  id: Id;
  workspace_id: number;
  campaign_id: number;
  enrollment_id: number;
  creator_id: number;
  expires_at: string;
  revoked_at: string | null;
  created_by: number | null;
  created_at: string;
  last_used_at: string | null;
}

/** The structured terms of a deal (core/content/deal-terms.ts as JSON); no row = terms derived from the enrollment. */
export interface DealTermsTable {
  enrollment_id: number;
  workspace_id: number;
  terms: string;
  updated_at: string;
}

export type TermsResponseKind = 'accepted' | 'declined' | 'proposed' | 'proposal_accepted' | 'countered';

/** The creator's answers to the terms (with evidence) and the brand's answers to her proposals; append-only. */
export interface TermsResponsesTable {
  id: Id;
  workspace_id: number;
  enrollment_id: number;
  portal_link_id: number | null;
  user_id: number | null;
  kind: TermsResponseKind;
  typed_name: string | null;
  ip_address: string | null;
  user_agent: string | null;
  terms_text: string | null;
  terms_sha256: string | null;
  message: string | null;
  proposed_fee_minor: number | null;
  /** The proposal a brand answer answers. */
  answers_id: number | null;
  created_at: string;
}

/** Where the gift goes (workspace layer: only this workspace sees it). JSON object. */
export interface ShippingAddressesTable {
  enrollment_id: number;
  workspace_id: number;
  address: string;
  updated_at: string;
}

export type DraftStatus = 'submitted' | 'approved' | 'changes_requested';

export interface ContentDraftsTable {
  id: Id;
  workspace_id: number;
  enrollment_id: number;
  deliverable_index: number | null;
  url: string | null;
  /** Relative to the data dir. */
  file_path: string | null;
  file_type: string | null;
  file_bytes: number | null;
  status: DraftStatus;
  /** Usage rights granted on approval (1/0), their length and end. */
  rights_organic: Flag | null;
  rights_paid_ads: Flag | null;
  rights_days: number | null;
  rights_expires_at: string | null;
  decided_by: number | null;
  decided_at: string | null;
  created_at: string;
}

export interface DraftCommentsTable {
  id: Id;
  draft_id: number;
  workspace_id: number;
  author: 'creator' | 'brand';
  user_id: number | null;
  body: string;
  created_at: string;
}

/** creator_reported: a story she uploaded with the numbers she read off her insights (not platform-verified). */
export type ContentSource = 'brand' | 'portal' | 'platform' | 'story_mention' | 'creator_reported';

/** A live post or story of an enrolled creator in a campaign, matched to a deliverable (null = not matched). */
export interface ContentPostsTable {
  id: Id;
  workspace_id: number;
  campaign_id: number;
  enrollment_id: number;
  deliverable_index: number | null;
  kind: 'post' | 'story';
  url: string;
  caption: string | null;
  posted_at: string | null;
  is_paid_partnership: Flag | null;
  source: ContentSource;
  /** Copied from the post, or story_mention (0025); null = the platform did not report a mention. */
  brand_mention: BrandMention | null;
  post_id: number | null;
  insights_file: string | null;
  /** A story she uploaded (0024): the file under the data directory and its type. */
  media_file: string | null;
  media_type: string | null;
  deleted_at: string | null;
  last_seen_at: string | null;
  /** The relationship task raised when the post first failed a rule (never raised twice). */
  task_id: number | null;
  created_at: string;
  updated_at: string;
}

/** Metrics of a content post as observed at a time; null = not known (never zero). */
export interface ContentSnapshotsTable {
  id: Id;
  content_id: number;
  workspace_id: number;
  observed_at: string;
  likes: number | null;
  comments: number | null;
  views: number | null;
  impressions: number | null;
  /** Story insights (0024). */
  reach: number | null;
  replies: number | null;
  link_clicks: number | null;
  source: string;
}

/** An Instagram story-mention webhook delivery (0024), stored before it is processed. */
export interface StoryMentionDeliveriesTable {
  id: Id;
  workspace_id: number;
  message_id: string;
  sender_id: string;
  body: string;
  received_at: string;
  /** resolving: the sender's IGSID is being resolved to a username by a job (0025). */
  outcome: 'received' | 'resolving' | 'recorded' | 'unmatched';
  error: string | null;
  content_id: number | null;
  /** 0025: the story's CDN URL and when it was sent, for the job that files it (null on older rows). */
  cdn_url: string | null;
  sent_at: string | null;
}

/** The brand's Instagram token of a workspace (0025), sealed with the installation key. */
export interface BrandInstagramTokensTable {
  id: Id;
  workspace_id: number;
  access_ciphertext: string;
  connected_at: string;
}

/** An Instagram-scoped id (story-mention sender) resolved once (0025): her username, or Meta's reason why not. */
export interface InstagramSendersTable {
  id: Id;
  workspace_id: number;
  igsid: string;
  username: string | null;
  error: string | null;
  resolved_at: string;
}

/** An outgoing webhook endpoint of a workspace (0020). */
export interface WebhookEndpointsTable {
  id: Id;
  workspace_id: number;
  url: string;
  description: string | null;
  /** JSON array of event types; [] = every event. */
  events: Generated<string>;
  secret_ciphertext: string;
  previous_secret_ciphertext: string | null;
  /** Until when the previous secret signs as well (rotation overlap). */
  previous_secret_until: string | null;
  disabled_at: string | null;
  disabled_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface WebhookEventsTable {
  id: Id;
  workspace_id: number;
  message_id: string;
  type: string;
  body: string;
  created_at: string;
}

export type WebhookSendStatus = 'pending' | 'delivered' | 'failed';

export interface WebhookSendsTable {
  id: Id;
  workspace_id: number;
  endpoint_id: number;
  event_id: number;
  status: Generated<WebhookSendStatus>;
  attempts: Generated<number>;
  last_status_code: number | null;
  last_error: string | null;
  last_attempt_at: string | null;
  delivered_at: string | null;
  latency_ms: number | null;
  replay_of: number | null;
  created_at: string;
}

/** An OAuth connection in progress (0022): only the state's SHA-256 is kept; used once, within minutes. */
export interface OAuthStatesTable {
  id: Id;
  state_sha256: string;
  provider: string;
  portal_link_id: number;
  creator_id: number;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

/** A creator's connected account at a provider (0022); tokens sealed with the installation key, never shown. */
export interface CreatorConnectionsTable {
  id: Id;
  creator_id: number;
  provider: string;
  account_external_id: string;
  account_handle: string;
  access_ciphertext: string;
  refresh_ciphertext: string | null;
  access_expires_at: string | null;
  refresh_expires_at: string | null;
  scope: string | null;
  workspace_id: number | null;
  connected_at: string;
  refreshed_at: string | null;
  synced_at: string | null;
  last_error: string | null;
  /** Why the last read verified none (or only part) of her audience, in her words (0027); null: nothing missing. */
  audience_note: string | null;
}

/** One variant of the brand's store catalog (workspace layer), as the last sync saw it (0023). */
export interface CatalogVariantsTable {
  id: Id;
  workspace_id: number;
  platform: StorePlatform;
  product_ref: string;
  variant_ref: string;
  product_title: string;
  variant_title: string | null;
  sku: string | null;
  currency: string;
  price_minor: number;
  /** null = the store does not say. */
  cost_minor: number | null;
  image_url: string | null;
  /** null = stock not tracked. */
  inventory: number | null;
  available: Generated<Flag>;
  synced_at: string;
}

/** What the creator of one deal may pick as gifts (0023). */
export interface GiftLimitsTable {
  enrollment_id: number;
  workspace_id: number;
  max_items: number;
  max_value_minor: number | null;
  max_gifts: Generated<number>;
  shipping_minor: number | null;
  updated_at: string;
}

export type GiftStatus = 'requested' | 'ordered' | 'shipped' | 'failed';

/** A gift the creator picked and the store order made for it (0023). */
export interface GiftsTable {
  id: Id;
  workspace_id: number;
  enrollment_id: number;
  platform: StorePlatform;
  status: GiftStatus;
  items: string;
  currency: string;
  value_minor: number;
  cost_minor: number | null;
  shipping_minor: number | null;
  address: string;
  store_order_ref: string | null;
  store_order_name: string | null;
  error: string | null;
  created_at: string;
  ordered_at: string | null;
  shipped_at: string | null;
}
