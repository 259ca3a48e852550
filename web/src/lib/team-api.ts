// API calls of people, tokens, the audit log and workspace settings; shapes from the server's schemas.
import type { z } from 'zod';
import type {
  auditListSchema,
  createdInvitationSchema,
  createdTokenSchema,
  invitationListSchema,
  linkSchema,
  memberListSchema,
  rateListSchema,
  sessionListSchema,
  storeListSchema,
  tokenListSchema,
  totpStartSchema,
  workspaceSchema,
} from '../../../src/http/schemas/team.ts';
import type { deliverySchema } from '../../../src/http/schemas/orders.ts';
import { api, type OrderBody, type Page } from './api.ts';

type Of<S extends z.ZodType> = z.infer<S>;
export type Member = Of<typeof memberListSchema>['items'][number];
export type Invitation = Of<typeof invitationListSchema>['items'][number];
export type Token = Of<typeof tokenListSchema>['items'][number];
export type Session = Of<typeof sessionListSchema>['items'][number];
export type AuditEvent = Of<typeof auditListSchema>['items'][number];
export type Store = Of<typeof storeListSchema>['items'][number];
export type Rate = Of<typeof rateListSchema>['items'][number];
export type Delivery = Of<typeof deliverySchema>;

async function call<T>(path: string, json?: unknown, method?: string): Promise<T> {
  const res = await fetch(path, {
    method: method ?? (json === undefined ? 'GET' : 'POST'),
    credentials: 'same-origin',
    headers: { accept: 'application/json', ...(json !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  return api.answer<T>(res);
}

export const teamApi = {
  members: () => call<Of<typeof memberListSchema>>('/api/v1/members'),
  setRole: (id: number, role: string) => call<{ ok: true }>(`/api/v1/members/${id}/role`, { role }),
  removeMember: (id: number) => call<{ ok: true }>(`/api/v1/members/${id}/remove`, {}),
  resetLink: (id: number) => call<Of<typeof linkSchema>>(`/api/v1/members/${id}/password-reset`, {}),
  invitations: () => call<Of<typeof invitationListSchema>>('/api/v1/invitations'),
  invite: (email: string, role: string) =>
    call<Of<typeof createdInvitationSchema>>('/api/v1/invitations', { email, role }),
  revokeInvitation: (id: number) => call<{ ok: true }>(`/api/v1/invitations/${id}/revoke`, {}),
  tokens: () => call<Of<typeof tokenListSchema>>('/api/v1/tokens'),
  createToken: (input: { name: string; scopes?: string[]; expires_in_days?: number }) =>
    call<Of<typeof createdTokenSchema>>('/api/v1/tokens', input),
  revokeToken: (id: number) => call<{ ok: true }>(`/api/v1/tokens/${id}/revoke`, {}),
  sessions: () => call<Of<typeof sessionListSchema>>('/api/v1/me/sessions'),
  revokeSession: (id: string) => call<{ ok: true }>(`/api/v1/me/sessions/${id}/revoke`, {}),
  switchWorkspace: (id: number) => call<{ ok: true }>('/api/v1/me/workspace', { workspace_id: id }),
  startTotp: () => call<Of<typeof totpStartSchema>>('/api/v1/me/totp', {}),
  confirmTotp: (code: string) => call<{ ok: true }>('/api/v1/me/totp/confirm', { code }),
  disableTotp: (code: string) => call<{ ok: true }>('/api/v1/me/totp/disable', { code }),
  audit: (q: URLSearchParams) => call<Of<typeof auditListSchema>>(`/api/v1/audit?${q}`),
  workspace: () => call<Of<typeof workspaceSchema>>('/api/v1/workspace'),
  saveWorkspace: (input: { name?: string; currency?: string }) =>
    call<Of<typeof workspaceSchema>>('/api/v1/workspace', input),
  // Where the workspace's tracked links may lead (GET/PUT /api/v1/workspace/domains).
  domains: () => call<{ domains: string[] }>('/api/v1/workspace/domains'),
  saveDomains: (domains: string[]) => call<{ domains: string[] }>('/api/v1/workspace/domains', { domains }, 'PUT'),
  rates: () => call<Of<typeof rateListSchema>>('/api/v1/workspace/rates'),
  setRate: (from: string, to: string, rate: string) =>
    call<{ ok: true }>('/api/v1/workspace/rates', { from, to, rate }),
  stores: () => call<Of<typeof storeListSchema>>('/api/v1/workspace/stores'),
  connectStore: (platform: string, secret: string, shop: string | null) =>
    call<{ ok: true }>('/api/v1/workspace/stores', { platform, secret, shop }),
  deliveries: (page: number, outcome?: string) =>
    call<Page<Delivery>>(`/api/v1/webhook-deliveries?page=${page}&per_page=25${outcome ? `&outcome=${outcome}` : ''}`),
  replay: (id: number) =>
    call<{ id: number; outcome: string; error: string | null; order_id: number | null }>(
      `/api/v1/webhook-deliveries/${id}/replay`,
      {},
    ),
  unattributed: (page: number) => call<Page<OrderBody>>(`/api/v1/orders?rule=unattributed&page=${page}&per_page=25`),
};
