// The API of the creator portal's brand side and of content tracking (see operations.ts). Writes are POSTs.
import { z } from 'zod';
import { campaignIdParam } from '../schemas/campaigns.ts';
import { idParam } from '../schemas/common.ts';
import {
  answerProposalBody,
  brandContentInputSchema,
  campaignContentSchema,
  changedSchema,
  collectedSchema,
  contentAddedSchema,
  expiringRightsSchema,
  portalLinkBody,
  portalLinkSchema,
  proposalAnsweredSchema,
  reviewDraftBody,
  revokedSchema,
  setTermsBody,
  termsSavedSchema,
} from '../schemas/content.ts';
import type { Operation } from './operation.ts';

const ok = (description: string, schema: z.ZodType) => ({ description, schema });
const json = (schema: z.ZodType) => ({ schema, contentType: 'application/json' as const });

export const CONTENT_OPERATIONS: Operation[] = [
  {
    method: 'post',
    path: '/api/v1/campaigns/{id}/portal-links',
    tag: 'Portal and content',
    auth: 'session',
    summary: "A magic link to the creator's portal (signed, scoped to her deal in this campaign, expiring, revocable)",
    params: campaignIdParam,
    body: json(portalLinkBody),
    responses: { 201: ok('The link to hand to the creator', portalLinkSchema) },
  },
  {
    method: 'post',
    path: '/api/v1/portal-links/{id}/revoke',
    tag: 'Portal and content',
    auth: 'session',
    summary: 'Revoke a portal link (it stops working at once; revoking twice changes nothing)',
    params: idParam,
    responses: { 200: ok('Revoked', revokedSchema) },
  },
  {
    method: 'post',
    path: '/api/v1/campaigns/{id}/terms',
    tag: 'Portal and content',
    auth: 'session',
    summary: "Write a deal's terms: deliverables with their rules, usage rights, exclusivity",
    description:
      'A change changes the terms text: an earlier acceptance no longer covers it and the creator is asked again.',
    params: campaignIdParam,
    body: json(setTermsBody),
    responses: { 200: ok('The terms as stored', termsSavedSchema) },
  },
  {
    method: 'post',
    path: '/api/v1/campaigns/{id}/content',
    tag: 'Portal and content',
    auth: 'session',
    summary: "Record a creator's live post or story (matched to a deliverable, with a metric snapshot)",
    description:
      'Stored once per URL: repeating it adds a metric snapshot. A post failing a rule raises a task for the owner.',
    params: campaignIdParam,
    body: json(brandContentInputSchema),
    responses: {
      201: ok('Recorded', contentAddedSchema),
      200: ok('Already recorded: a new snapshot', contentAddedSchema),
    },
  },
  {
    method: 'post',
    path: '/api/v1/campaigns/{id}/content/collect',
    tag: 'Portal and content',
    auth: 'session',
    summary: "Collect campaign posts from the enrolled creators' stored platform data",
    description:
      'A post belongs to the campaign when it is inside the campaign dates and names a handle or hashtag of her deliverables, her code or link, or carries the paid-partnership label. Repeats add metric snapshots.',
    params: campaignIdParam,
    responses: { 200: ok('What was found', collectedSchema) },
  },
  {
    method: 'get',
    path: '/api/v1/campaigns/{id}/content',
    tag: 'Portal and content',
    auth: 'session',
    summary: 'Deliverables (due, late, posted, failing) with every post checked against the terms, answers, drafts',
    params: campaignIdParam,
    responses: { 200: ok("The campaign's content", campaignContentSchema) },
  },
  {
    method: 'get',
    path: '/api/v1/campaigns/{id}/rights-expiring',
    tag: 'Portal and content',
    auth: 'session',
    summary: 'Usage rights of approved content ending in the next 30 days, soonest first',
    params: campaignIdParam,
    responses: { 200: ok('Expiring rights', expiringRightsSchema) },
  },
  {
    method: 'post',
    path: '/api/v1/drafts/{id}/review',
    tag: 'Portal and content',
    auth: 'session',
    summary: 'Approve a draft (recording the usage rights granted) or ask for changes, with a comment',
    params: idParam,
    body: json(reviewDraftBody),
    responses: { 200: ok('Whether anything changed', changedSchema) },
  },
  {
    method: 'get',
    path: '/api/v1/drafts/{id}/file',
    tag: 'Portal and content',
    auth: 'session',
    summary: "A draft's file as the creator sent it (image or video)",
    description:
      'Served with its stored type (JPEG, PNG, WebP, MP4 or MOV, checked against its first bytes on upload), inline, with nosniff and a sandbox CSP: the bytes come from outside. 404 for a draft that is a link.',
    params: idParam,
    responses: {
      200: {
        description: 'The file',
        contentType: 'application/octet-stream',
        schema: z.string(),
        headers: { 'Content-Disposition': 'inline; filename="draft-<id>.<ext>"' },
      },
    },
  },
  {
    method: 'post',
    path: '/api/v1/proposals/{id}/answer',
    tag: 'Portal and content',
    auth: 'session',
    summary: "Answer a creator's proposal: accept it (her fee becomes the fee) or counter",
    params: idParam,
    body: json(answerProposalBody),
    responses: { 200: ok('The answer', proposalAnsweredSchema) },
  },
  ...(['media', 'insights'] as const).map(
    (which): Operation => ({
      method: 'get',
      path: `/api/v1/content/{id}/${which}`,
      tag: 'Portal and content',
      auth: 'session',
      summary:
        which === 'media'
          ? 'The story file a creator uploaded from her portal'
          : 'The insights screenshot a creator uploaded with her story (her numbers are creator_reported)',
      description: "The content post's `upload` names these addresses. Only the workspace's members may read them.",
      params: idParam,
      responses: {
        200: {
          description: which === 'media' ? 'The image or video, with its own type' : 'The image',
          contentType: which === 'media' ? '*/*' : 'image/*',
          schema: z.string(),
        },
        404: { description: 'No such upload in this workspace' },
      },
    }),
  ),
];
