// Every route of the HTTP API with the zod schemas of its handler. The OpenAPI document
// (/api/openapi.json) and the reference page (/api/docs) are generated from this list, and a test
// checks that every route the Hono app registers is in it.
import { z } from 'zod';
import { STORE_CONNECTORS, STORE_PLATFORMS } from '../../connectors/stores/registry.ts';
import { briefSchema } from '../../core/discovery/brief.ts';
import { checkoutReportSchema } from '../routes/tracking.ts';
import {
  campaignDetailSchema,
  campaignIdParam,
  campaignReportSchema,
  campaignSchema,
  codeLeaksSchema,
  codeSchema,
  createCampaignSchema,
  enrollCreatorSchema,
  enrollmentSchema,
  linkSchema,
  replaceCodeResultSchema,
  replaceCodeSchema,
  setDealSchema,
} from '../schemas/campaigns.ts';
import { errorSchema, idParam, pageOf, pageQuery } from '../schemas/common.ts';
import {
  creatorDetailSchema,
  creatorListQuery,
  creatorPageSchema,
  vettingQuery,
  vettingReportSchema,
} from '../schemas/creators.ts';
import { discoverResponseSchema, lookalikeSchema } from '../schemas/discover.ts';
import { saveBriefSchema, savedBriefListSchema, savedBriefSchema } from '../schemas/briefs.ts';
import {
  importListQuery,
  importPreviewSchema,
  importRunSchema,
  importSummarySchema,
  importUploadDoc,
  profileImportSummarySchema,
  profileUploadDoc,
} from '../schemas/imports.ts';
import { healthSchema } from '../schemas/health.ts';
import { meSchema } from '../schemas/me.ts';
import { webhookReplySchema } from '../schemas/webhook-reply.ts';
import {
  deliveryListQuery,
  deliverySchema,
  orderListQuery,
  orderSchema,
  replayResultSchema,
} from '../schemas/orders.ts';
import { workspaceDomainsSchema } from '../schemas/workspace.ts';
import type { Operation } from './operation.ts';
import { TEAM_OPERATIONS } from './team-operations.ts';
import { RELATIONSHIP_OPERATIONS } from './relationship-operations.ts';
import { PAYOUT_OPERATIONS, PAYOUT_WEBHOOK_OPERATIONS } from './payout-operations.ts';
import { CONTENT_OPERATIONS } from './content-operations.ts';
import { INBOX_OPERATIONS } from './inbox-operations.ts';
import { OUTREACH_OPERATIONS } from './outreach-operations.ts';
import { WEBHOOK_ENDPOINT_OPERATIONS } from './webhook-endpoint-operations.ts';
import { SEEDING_OPERATIONS } from './seeding-operations.ts';

const ok = (description: string, schema: z.ZodType) => ({ description, schema });
/** `serve` builds or loads the discovery index in the background at start; until it is ready, discovery says so. */
const warmingUp = {
  description:
    'The discovery index is still being built or loaded at start (`unavailable`; the message says how far, /health too)',
  schema: errorSchema,
  headers: { 'Retry-After': 'Seconds after which asking again makes sense' },
};
const workspaceParam = z.object({ workspace: z.string().describe('the workspace slug the store is connected to') });

// Every answer a store webhook route gives, and only those (test/http/store-webhooks.test.ts produces each).
const webhookResponses = {
  200: ok('Stored and processed (or a duplicate, or ignored, or a WooCommerce ping)', webhookReplySchema),
  202: ok(
    'Stored; it concerns an order not received yet (a refund, deletion or edit that overtook its order) and is applied when that order arrives',
    webhookReplySchema,
  ),
  400: ok('Stored; not a valid payload (the reason names the field)', webhookReplySchema),
  401: ok(
    'Bad signature — also for an unknown workspace or a store not connected (the same answer, so slugs are not revealed)',
    webhookReplySchema,
  ),
  404: ok('No such store platform', webhookReplySchema),
  413: ok('Body too large', webhookReplySchema),
  500: ok(
    'Stored, but processing failed; it can be replayed (POST /api/v1/webhook-deliveries/{id}/replay) and the store retries it',
    webhookReplySchema,
  ),
  503: ok(
    "The delivery could not be stored at all (database unavailable), or its signature cannot be checked (the store secret does not open with this installation's key: the server log says why); the store sends it again",
    webhookReplySchema,
  ),
};

export const OPERATIONS: Operation[] = [
  // --- Workspace
  {
    method: 'get',
    path: '/api/v1/me',
    tag: 'Workspace',
    auth: 'session',
    summary: 'The workspace this token or session acts for',
    responses: { 200: ok('The workspace and how the caller signed in', meSchema) },
  },
  {
    method: 'get',
    path: '/api/v1/workspace/domains',
    tag: 'Workspace',
    auth: 'session',
    summary: "Where this workspace's tracked links may point",
    responses: { 200: ok('The allowed domains (subdomains included)', workspaceDomainsSchema) },
  },
  {
    method: 'put',
    path: '/api/v1/workspace/domains',
    tag: 'Workspace',
    auth: 'session',
    summary: "Set where this workspace's tracked links may point",
    description:
      'Replaces the list. Entries are host names (no scheme or path), lower-cased and de-duplicated; a bad entry is a 400 naming it. The demo sandbox cannot change it.',
    body: { schema: workspaceDomainsSchema, contentType: 'application/json' },
    responses: { 200: ok('The allowed domains as stored', workspaceDomainsSchema) },
  },

  // --- Creators
  {
    method: 'get',
    path: '/api/v1/creators',
    tag: 'Creators',
    auth: 'session',
    summary: 'List and filter creators',
    description:
      'Creators with at least one account matching the filters, biggest first. Creators are shared by the workspaces of an installation; `scope=workspace` keeps the ones in your pool.',
    query: creatorListQuery,
    responses: { 200: ok('One page of creators', creatorPageSchema) },
  },
  {
    method: 'get',
    path: '/api/v1/creators/{id}',
    tag: 'Creators',
    auth: 'session',
    summary: 'One creator with everything known',
    description:
      'Accounts, follower history, reported metrics, audiences (verified or estimated, with sample size) and the 50 most recent posts; every value keeps its source and date.',
    params: idParam,
    responses: { 200: ok('The creator', creatorDetailSchema) },
  },
  {
    method: 'get',
    path: '/api/v1/creators/{id}/vetting',
    tag: 'Creators',
    auth: 'session',
    summary: 'The vetting report of a creator',
    description:
      'Engagement under named formulas (window, posts used, confidence, tier percentile), creator reply rate, ad fatigue, growth and spikes, audience authenticity with reasons, audience with its source, the chart series and the fair price range with its inputs.',
    params: idParam,
    query: vettingQuery,
    responses: { 200: ok('The report of the chosen account', vettingReportSchema) },
  },

  // --- Discovery
  {
    method: 'post',
    path: '/api/v1/discover',
    tag: 'Discovery',
    auth: 'session',
    summary: 'Rank creators for a brief',
    description:
      'Filters (followers or tiers, niche, audience segment, thresholds) and a fit score with its seven weighted components, the fair price range and expected ROAS of every result, and a one-line explanation. A budget in another currency than USD needs a USD rate in the workspace rates table.',
    body: { schema: briefSchema, contentType: 'application/json' },
    responses: { 200: ok('The ranked results', discoverResponseSchema), 503: warmingUp },
  },
  {
    method: 'post',
    path: '/api/v1/lookalikes',
    tag: 'Discovery',
    auth: 'session',
    summary: 'Find creators like the given ones',
    description:
      'The seeds (`like`) set the niche and audience to look for; any other brief field narrows or re-weights the search. Same answer as discover; the seeds themselves are left out.',
    body: { schema: lookalikeSchema, contentType: 'application/json' },
    responses: { 200: ok('The ranked lookalikes', discoverResponseSchema), 503: warmingUp },
  },
  {
    method: 'get',
    path: '/api/v1/briefs',
    tag: 'Discovery',
    auth: 'session',
    summary: "The workspace's saved briefs, by name",
    responses: { 200: ok('Saved briefs', savedBriefListSchema) },
  },
  {
    method: 'post',
    path: '/api/v1/briefs',
    tag: 'Discovery',
    auth: 'session',
    summary: 'Save a brief under a name (replaces the brief saved under that name)',
    body: { schema: saveBriefSchema, contentType: 'application/json' },
    responses: { 201: ok('Saved', savedBriefSchema), 200: ok('Replaced', savedBriefSchema) },
  },
  {
    method: 'delete',
    path: '/api/v1/briefs/{id}',
    tag: 'Discovery',
    auth: 'session',
    summary: 'Delete a saved brief',
    params: idParam,
    responses: { 204: { description: 'Deleted' } },
  },

  // --- Campaigns
  {
    method: 'post',
    path: '/api/v1/campaigns',
    tag: 'Campaigns',
    auth: 'session',
    summary: 'Create a campaign',
    body: { schema: createCampaignSchema, contentType: 'application/json' },
    responses: { 201: ok('The campaign', campaignSchema) },
  },
  {
    method: 'get',
    path: '/api/v1/campaigns',
    tag: 'Campaigns',
    auth: 'session',
    summary: 'List campaigns, newest first',
    query: pageQuery,
    responses: { 200: ok('One page of campaigns', pageOf(campaignSchema)) },
  },
  {
    method: 'get',
    path: '/api/v1/campaigns/{id}',
    tag: 'Campaigns',
    auth: 'session',
    summary: 'A campaign with its creators',
    params: campaignIdParam,
    responses: { 200: ok('The campaign and its enrollments', campaignDetailSchema) },
  },
  {
    method: 'post',
    path: '/api/v1/campaigns/{id}/creators',
    tag: 'Campaigns',
    auth: 'session',
    summary: 'Enroll a creator (tracked link and discount code)',
    description:
      'Agreed costs in minor units of the campaign currency. Creates the tracked link and, when given, the discount code, in one transaction.',
    params: campaignIdParam,
    body: { schema: enrollCreatorSchema, contentType: 'application/json' },
    responses: { 201: ok('The enrollment', enrollmentSchema) },
  },
  {
    method: 'post',
    path: '/api/v1/campaigns/{id}/deals',
    tag: 'Campaigns',
    auth: 'session',
    summary: "Move a creator's deal (proposed → agreed → delivered → paid, or declined)",
    description:
      'The fee is spend, and the deal recalibrates fair prices, from agreed on. Forward moves only (409 with the reason otherwise); repeating a call changes nothing.',
    params: campaignIdParam,
    body: { schema: setDealSchema, contentType: 'application/json' },
    responses: { 200: ok('The enrollment with its deal', enrollmentSchema) },
  },
  {
    method: 'get',
    path: '/api/v1/campaigns/{id}/creators',
    tag: 'Campaigns',
    auth: 'session',
    summary: 'The creators of a campaign',
    params: campaignIdParam,
    query: pageQuery,
    responses: { 200: ok('One page of enrollments', pageOf(enrollmentSchema)) },
  },
  {
    method: 'get',
    path: '/api/v1/campaigns/{id}/links',
    tag: 'Campaigns',
    auth: 'session',
    summary: 'Tracked links of a campaign',
    params: campaignIdParam,
    query: pageQuery,
    responses: { 200: ok('One page of links', pageOf(linkSchema)) },
  },
  {
    method: 'get',
    path: '/api/v1/campaigns/{id}/codes',
    tag: 'Campaigns',
    auth: 'session',
    summary: 'Discount codes of a campaign',
    params: campaignIdParam,
    query: pageQuery,
    responses: { 200: ok('One page of codes', pageOf(codeSchema)) },
  },
  {
    method: 'get',
    path: '/api/v1/campaigns/{id}/code-leaks',
    tag: 'Campaigns',
    auth: 'session',
    summary: "Leaked codes: each creator's code, the code-leak rule's verdict and its evidence",
    description:
      'Suspected when her code redemptions far exceed what her link traffic explains, or a share of them came from coupon sites (referrer or landing URL); the coupon-site orders are listed (docs/rules.md).',
    params: campaignIdParam,
    responses: { 200: ok('Every creator of the campaign', codeLeaksSchema) },
  },
  {
    method: 'post',
    path: '/api/v1/campaigns/{id}/code-leaks/replace',
    tag: 'Campaigns',
    auth: 'session',
    summary: "Replace a creator's code: a new code in the store, the old one disabled there",
    description:
      'The old code keeps crediting the orders it brought. Repeating the call with the same new code finishes what a failed attempt left and never makes a second code.',
    params: campaignIdParam,
    body: { schema: replaceCodeSchema, contentType: 'application/json' },
    responses: { 200: ok('The old and the new code with their state in the store', replaceCodeResultSchema) },
  },
  {
    method: 'get',
    path: '/api/v1/campaigns/{id}/report',
    tag: 'Campaigns',
    auth: 'session',
    summary: 'ROAS report per creator, total and by tier',
    description:
      'ROAS = attributed revenue / spend; CM-ROAS = (revenue − cost of goods − payment fees) / spend; CPA, CPM, CPE. Every amount in the workspace currency (minor units); a zero denominator gives null ("n/a").',
    params: campaignIdParam,
    responses: { 200: ok('The report', campaignReportSchema) },
  },
  {
    method: 'get',
    path: '/api/v1/campaigns/{id}/report.csv',
    tag: 'Campaigns',
    auth: 'session',
    summary: 'The report as CSV (one row per creator, then the total)',
    params: campaignIdParam,
    responses: {
      200: {
        description: 'CSV, amounts in major units; "n/a" for a ratio with a zero denominator',
        contentType: 'text/csv',
        schema: z.string(),
      },
    },
  },

  // --- Orders and webhooks
  {
    method: 'get',
    path: '/api/v1/orders',
    tag: 'Orders',
    auth: 'session',
    summary: 'Orders with their attribution rule, evidence and flags',
    query: orderListQuery,
    responses: { 200: ok('One page of orders, newest first', pageOf(orderSchema)) },
  },
  {
    method: 'get',
    path: '/api/v1/webhook-deliveries',
    tag: 'Orders',
    auth: 'session',
    summary: 'Stored webhook deliveries and their outcome',
    query: deliveryListQuery,
    responses: { 200: ok('One page of deliveries, newest first', pageOf(deliverySchema)) },
  },
  {
    method: 'post',
    path: '/api/v1/webhook-deliveries/{id}/replay',
    tag: 'Orders',
    auth: 'session',
    summary: 'Process a stored delivery again',
    description:
      'Only deliveries whose signature was good and whose body was stored whole can be replayed; processing is idempotent.',
    params: idParam,
    responses: { 200: ok('The new outcome', replayResultSchema) },
  },

  // --- Imports
  {
    method: 'post',
    path: '/api/v1/imports',
    tag: 'Imports',
    auth: 'session',
    summary: 'Import a creator CSV',
    description:
      'Exports of other tools are read with flexible headers and messy numbers ("3.3k", "1,39 %", "N/A"). The answer has the column mapping chosen and every rejected row with its field and reason; good rows are stored, re-importing the same file changes nothing.',
    body: { schema: importUploadDoc, contentType: 'multipart/form-data' },
    responses: { 201: ok('What was imported, how columns were read, and what was rejected', importSummarySchema) },
  },
  {
    method: 'post',
    path: '/api/v1/imports/preview',
    tag: 'Imports',
    auth: 'session',
    summary: 'Preview how a creator CSV will be read',
    description:
      'The same form as the import, nothing stored: the column mapping chosen (with the corrections in `mapping` applied), the first rows as the records they will become or the reason they will be rejected, and every field a column can be given. Send the same `mapping` to the import to use it.',
    body: { schema: importUploadDoc, contentType: 'multipart/form-data' },
    responses: { 200: ok('The column mapping and the first rows as they will be read', importPreviewSchema) },
  },
  {
    method: 'post',
    path: '/api/v1/imports/profiles',
    tag: 'Imports',
    auth: 'session',
    summary: 'Import follower / commenter profiles',
    description:
      'Profile numbers of people around creators (handle, followers, following, posts, picture, private, bio), CSV or JSON. Vetting runs the account classifier on the known commenters of each creator and reports the share that look fake; the accounts they commented on are re-scored at once. Profiles are public data shared by the installation, like creators. Re-importing the same list changes nothing.',
    body: { schema: profileUploadDoc, contentType: 'multipart/form-data' },
    responses: {
      201: ok('What was imported and rejected, and how many accounts were re-scored', profileImportSummarySchema),
    },
  },
  {
    method: 'get',
    path: '/api/v1/imports',
    tag: 'Imports',
    auth: 'session',
    summary: "The workspace's import runs, newest first",
    query: importListQuery,
    responses: { 200: ok('One page of import runs', pageOf(importRunSchema)) },
  },

  // --- Public endpoints
  {
    method: 'get',
    path: '/health',
    tag: 'Public',
    auth: 'none',
    summary: 'Liveness, database writes and secret key check',
    description: 'Commits a heartbeat row (so a read-only or failing database shows) and loads the secret key.',
    responses: {
      200: ok('The database accepts writes and the secret key loads', healthSchema),
      503: ok(
        'The database refuses writes or the secret key does not load (the reason is given and logged)',
        healthSchema,
      ),
    },
  },
  {
    method: 'get',
    path: '/r/{key}',
    tag: 'Public',
    auth: 'none',
    summary: 'A tracked link',
    description:
      'Redirects to the destination with UTM parameters and `mr_cid`. HEAD requests, crawlers and link-preview bots are not counted; one click per visitor per link per hour.',
    params: z.object({ key: z.string() }),
    responses: {
      302: {
        description: 'Redirect to the destination',
        headers: { location: 'the destination with utm_* and mr_cid' },
      },
      404: { description: 'Unknown link', contentType: 'text/plain', schema: z.string() },
    },
  },
  {
    method: 'get',
    path: '/snippet.js',
    tag: 'Public',
    auth: 'none',
    summary: 'The storefront snippet',
    description:
      'Keeps `mr_cid` from the landing URL in a first-party cookie and reports it with the checkout, so attribution survives a lost landing URL.',
    query: z.object({ w: z.string().describe('the workspace slug') }),
    responses: {
      200: { description: 'JavaScript', contentType: 'application/javascript', schema: z.string() },
      400: { description: 'No workspace given', contentType: 'application/javascript', schema: z.string() },
    },
  },
  {
    method: 'post',
    path: '/t/checkout',
    tag: 'Public',
    auth: 'none',
    summary: 'Checkout report of the storefront snippet',
    body: {
      schema: checkoutReportSchema,
      contentType: 'text/plain',
      description: 'JSON sent as text/plain (navigator.sendBeacon)',
    },
    responses: {
      204: { description: 'Recorded' },
      400: { description: 'Malformed report' },
      404: { description: 'Unknown workspace or click' },
    },
  },
  {
    method: 'post',
    path: '/webhooks/{platform}/{workspace}',
    tag: 'Public',
    auth: 'signature',
    summary: 'Store order webhooks',
    description:
      `One route per store platform of the registry (connectors/stores). ${STORE_CONNECTORS.map((c) => c.docs.summary).join('. ')}. ` +
      'Each is signed base64(HMAC-SHA256(secret, raw body)); the signature is checked before anything else is read. Every signed delivery ' +
      'is stored before processing and can be replayed.',
    params: z.object({ platform: z.enum(STORE_PLATFORMS).describe('the store platform'), ...workspaceParam.shape }),
    headers: STORE_CONNECTORS.flatMap((c) => c.docs.headers.map((h) => ({ ...h, required: false }))),
    body: {
      schema: z.record(z.string(), z.unknown()).describe('the order, refund or event as the platform sends it'),
      contentType: 'application/json',
    },
    responses: webhookResponses,
  },
  ...TEAM_OPERATIONS,
  ...RELATIONSHIP_OPERATIONS,
  ...PAYOUT_OPERATIONS,
  ...PAYOUT_WEBHOOK_OPERATIONS,
  ...CONTENT_OPERATIONS,
  ...INBOX_OPERATIONS,
  ...OUTREACH_OPERATIONS,
  ...WEBHOOK_ENDPOINT_OPERATIONS,
  ...SEEDING_OPERATIONS,
];
