// The API of people, roles, tokens, sessions, the audit log and workspace settings (see operations.ts).
import { z } from 'zod';
import { idParam } from '../schemas/common.ts';
import {
  auditListSchema, auditQuery, connectStoreBody, createdInvitationSchema, createdTokenSchema, createInvitationBody, createTokenBody,
  invitationListSchema, linkSchema, memberListSchema, okSchema, rateListSchema, roleBody, sessionIdParam, sessionListSchema,
  setRateBody, storeListSchema, switchWorkspaceBody, tokenListSchema, totpCodeBody, totpStartSchema, workspaceSchema, workspaceSettingsBody,
} from '../schemas/team.ts';
import type { Operation } from './operation.ts';

const ok = (description: string, schema: z.ZodType) => ({ description, schema });
const json = (schema: z.ZodType) => ({ schema, contentType: 'application/json' as const });
const done = { 200: ok('Done', okSchema) };

export const TEAM_OPERATIONS: Operation[] = [
  { method: 'get', path: '/api/v1/accounts/{id}/picture', tag: 'Creators', auth: 'session', summary: 'An account\'s profile picture, from the local cache',
    description: 'Fetched once from the platform\'s own image host (https, no redirects, at most 2 MiB, JPEG/PNG/GIF/WebP only) and kept on disk; browsers never load it from the platform.',
    params: idParam, responses: { 200: { description: 'The image', contentType: 'image/*', schema: z.string() }, 204: { description: 'No picture that can be shown (none known, host not allowed, or not an image)' } } },
  { method: 'post', path: '/api/v1/me/workspace', tag: 'Account', auth: 'session', summary: 'Switch the browser session to another workspace of yours',
    body: json(switchWorkspaceBody), responses: done },
  { method: 'get', path: '/api/v1/me/sessions', tag: 'Account', auth: 'session', summary: 'Your open sessions (every workspace)',
    responses: { 200: ok('The sessions, newest first', sessionListSchema) } },
  { method: 'post', path: '/api/v1/me/sessions/{id}/revoke', tag: 'Account', auth: 'session', summary: 'End one of your sessions',
    params: sessionIdParam, responses: done },
  { method: 'post', path: '/api/v1/me/totp', tag: 'Account', auth: 'session', summary: 'Start setting up the authenticator-app second factor',
    description: 'Returns a new secret (RFC 6238, SHA-1, 30 s, 6 digits); it is active only once a code is confirmed.',
    responses: { 200: ok('The secret and its otpauth:// URI', totpStartSchema) } },
  { method: 'post', path: '/api/v1/me/totp/confirm', tag: 'Account', auth: 'session', summary: 'Turn the second factor on with a first code',
    body: json(totpCodeBody), responses: done },
  { method: 'post', path: '/api/v1/me/totp/disable', tag: 'Account', auth: 'session', summary: 'Turn the second factor off (needs a current code)',
    body: json(totpCodeBody), responses: done },

  { method: 'get', path: '/api/v1/members', tag: 'Team', auth: 'session', summary: 'Members of the workspace and their roles',
    responses: { 200: ok('The members', memberListSchema) } },
  { method: 'post', path: '/api/v1/members/{id}/role', tag: 'Team', auth: 'session', summary: 'Change a member\'s role',
    description: 'Only an owner makes or changes an owner; a workspace keeps at least one owner.', params: idParam, body: json(roleBody), responses: done },
  { method: 'post', path: '/api/v1/members/{id}/remove', tag: 'Team', auth: 'session', summary: 'Remove a member (their sessions and tokens here end)',
    params: idParam, responses: done },
  { method: 'post', path: '/api/v1/members/{id}/password-reset', tag: 'Team', auth: 'session', summary: 'A password reset link for a member (valid 1 hour)',
    params: idParam, responses: { 200: ok('The link to hand over', linkSchema) } },
  { method: 'get', path: '/api/v1/invitations', tag: 'Team', auth: 'session', summary: 'Invitations of the workspace, newest first',
    responses: { 200: ok('The invitations', invitationListSchema) } },
  { method: 'post', path: '/api/v1/invitations', tag: 'Team', auth: 'session', summary: 'Invite someone by link',
    description: 'The link is valid 7 days and used once; it is not mailed yet, hand it over yourself.',
    body: json(createInvitationBody), responses: { 201: ok('The invitation with its link', createdInvitationSchema) } },
  { method: 'post', path: '/api/v1/invitations/{id}/revoke', tag: 'Team', auth: 'session', summary: 'Revoke an open invitation',
    params: idParam, responses: done },

  { method: 'get', path: '/api/v1/tokens', tag: 'Team', auth: 'session', summary: 'API tokens (yours; owners and admins see all)',
    responses: { 200: ok('The tokens, newest first', tokenListSchema) } },
  { method: 'post', path: '/api/v1/tokens', tag: 'Team', auth: 'session', summary: 'Create an API token for yourself',
    description: 'Scopes are a subset of your permissions (see GET /api/v1/me); the token is shown once.',
    body: json(createTokenBody), responses: { 201: ok('The token', createdTokenSchema) } },
  { method: 'post', path: '/api/v1/tokens/{id}/revoke', tag: 'Team', auth: 'session', summary: 'Revoke a token (sessions opened with it end too)',
    params: idParam, responses: done },
  { method: 'get', path: '/api/v1/audit', tag: 'Team', auth: 'session', summary: 'The audit log: who did what and when',
    query: auditQuery, responses: { 200: ok('Events, newest first', auditListSchema) } },
  { method: 'get', path: '/api/v1/audit.csv', tag: 'Team', auth: 'session', summary: 'The audit log as CSV (same filters)',
    query: auditQuery, responses: { 200: { description: 'CSV, one event per row', contentType: 'text/csv', schema: z.string() } } },

  { method: 'get', path: '/api/v1/workspace', tag: 'Workspace', auth: 'session', summary: 'The workspace\'s settings',
    responses: { 200: ok('Name and currency', workspaceSchema) } },
  { method: 'post', path: '/api/v1/workspace', tag: 'Workspace', auth: 'session', summary: 'Change the brand name or currency',
    body: json(workspaceSettingsBody), responses: { 200: ok('The settings', workspaceSchema) } },
  { method: 'get', path: '/api/v1/workspace/rates', tag: 'Workspace', auth: 'session', summary: 'Currency rates of the workspace',
    responses: { 200: ok('The rates', rateListSchema) } },
  { method: 'post', path: '/api/v1/workspace/rates', tag: 'Workspace', auth: 'session', summary: 'Set a currency rate (1 FROM = RATE TO, exact decimal)',
    body: json(setRateBody), responses: done },
  { method: 'get', path: '/api/v1/workspace/stores', tag: 'Workspace', auth: 'session', summary: 'Connected stores, their webhook URL and newest delivery',
    responses: { 200: ok('The store connections', storeListSchema) } },
  { method: 'post', path: '/api/v1/workspace/stores', tag: 'Workspace', auth: 'session', summary: 'Connect Shopify or WooCommerce (the webhook signing secret)',
    description: 'The secret is stored encrypted; connecting again replaces it.', body: json(connectStoreBody), responses: done },
];
