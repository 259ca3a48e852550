// The API client: same-origin fetch with the session cookie, JSON in and out, and the server's one
// error format turned into ApiError (code, message, the fields at fault). Response types come from
// the server's own zod schemas (src/http/schemas), so a change there shows up here at type-check.
import type {
  CampaignBody,
  CampaignDetailBody,
  CampaignReportBody,
  CodeLeaksBody,
  EnrollmentBody,
  ReplaceCodeResultBody,
} from '../../../src/http/schemas/campaigns.ts';
import type { CreatorDetailBody, CreatorPage, VettingReportBody } from '../../../src/http/schemas/creators.ts';
import type { SavedBriefBody } from '../../../src/http/schemas/briefs.ts';
import type { BriefBody, DiscoverResponse } from '../../../src/http/schemas/discover.ts';
import type {
  ImportPreviewBody,
  ImportRunBody,
  ImportSummaryBody,
  ProfileImportSummaryBody,
} from '../../../src/http/schemas/imports.ts';
import type { MeBody } from '../../../src/http/schemas/me.ts';
import type { OrderBody } from '../../../src/http/schemas/orders.ts';
import type { EndpointListBody, SendListBody } from '../../../src/http/schemas/webhook-endpoints.ts';
import type { CampaignContentBody } from '../../../src/http/schemas/content.ts';

export type {
  EndpointListBody,
  CodeLeaksBody,
  CampaignContentBody,
  BriefBody,
  SavedBriefBody,
  CampaignBody,
  CampaignDetailBody,
  CampaignReportBody,
  CreatorDetailBody,
  CreatorPage,
  DiscoverResponse,
  EnrollmentBody,
  ImportPreviewBody,
  ImportRunBody,
  ImportSummaryBody,
  MeBody,
  OrderBody,
  ProfileImportSummaryBody,
  VettingReportBody,
};
export type DiscoverResult = DiscoverResponse['results'][number];
export interface Page<T> {
  items: T[];
  page: number;
  per_page: number;
  total: number;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      credentials: 'same-origin',
      ...init,
      headers: { accept: 'application/json', ...init.headers },
    });
  } catch {
    throw new ApiError(0, 'network', 'The server did not answer. Is microreach still running?');
  }
  return answer<T>(res);
}

/** A response as data, or the server's error as an ApiError (401 goes back to sign-in). */
async function answer<T>(res: Response): Promise<T> {
  if (res.status === 401) {
    window.location.assign('/login');
    throw new ApiError(401, 'unauthorized', 'Your session has ended: sign in again.');
  }
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const e = (
      body as { error?: { code: string; message: string; details?: { path: string; message: string }[] } } | null
    )?.error;
    throw new ApiError(
      res.status,
      e?.code ?? 'http_error',
      e?.message ?? `The server answered ${res.status}.`,
      e?.details ?? [],
    );
  }
  return body as T;
}

const post = <T>(path: string, json: unknown) =>
  request<T>(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) });

export const api = {
  answer,
  me: () => request<MeBody>('/api/v1/me'),
  creators: (q: URLSearchParams) => request<CreatorPage>(`/api/v1/creators?${q}`),
  creator: (id: number) => request<CreatorDetailBody>(`/api/v1/creators/${id}`),
  vetting: (id: number, platform?: string) =>
    request<VettingReportBody>(`/api/v1/creators/${id}/vetting${platform ? `?platform=${platform}` : ''}`),
  discover: (brief: BriefBody) => post<DiscoverResponse>('/api/v1/discover', brief),
  lookalikes: (brief: BriefBody & { like: string[] }) => post<DiscoverResponse>('/api/v1/lookalikes', brief),
  savedBriefs: () => request<{ items: SavedBriefBody[] }>('/api/v1/briefs'),
  saveBrief: (name: string, brief: BriefBody) => post<SavedBriefBody>('/api/v1/briefs', { name, brief }),
  deleteBrief: (id: number) => request<null>(`/api/v1/briefs/${id}`, { method: 'DELETE' }),
  campaigns: (page = 1, perPage = 50) =>
    request<Page<CampaignBody>>(`/api/v1/campaigns?page=${page}&per_page=${perPage}`),
  campaign: (id: number) => request<CampaignDetailBody>(`/api/v1/campaigns/${id}`),
  createCampaign: (input: Record<string, unknown>) => post<CampaignBody>('/api/v1/campaigns', input),
  enroll: (campaignId: number, input: Record<string, unknown>) =>
    post<EnrollmentBody>(`/api/v1/campaigns/${campaignId}/creators`, input),
  setDeal: (campaignId: number, input: { creator: string; status: string; fee_minor?: number }) =>
    post<EnrollmentBody>(`/api/v1/campaigns/${campaignId}/deals`, input),
  report: (id: number) => request<CampaignReportBody>(`/api/v1/campaigns/${id}/report`),
  webhookEndpoints: () => request<EndpointListBody>('/api/v1/webhook-endpoints'),
  addWebhookEndpoint: (input: { url: string; events: string[] }) =>
    post<EndpointListBody['items'][number] & { secret: string }>('/api/v1/webhook-endpoints', input),
  rotateWebhookSecret: (id: number) =>
    post<{ secret: string; previous_signs_until: string }>(`/api/v1/webhook-endpoints/${id}/rotate`, {}),
  sendTestWebhook: (id: number) => post<{ event_id: number }>(`/api/v1/webhook-endpoints/${id}/test`, {}),
  webhookSends: (id: number) => request<SendListBody>(`/api/v1/webhook-endpoints/${id}/deliveries`),
  replayWebhookSend: (id: number) => post<{ send_id: number }>(`/api/v1/webhook-endpoints/deliveries/${id}/replay`, {}),
  codeLeaks: (id: number) => request<CodeLeaksBody>(`/api/v1/campaigns/${id}/code-leaks`),
  replaceCode: (id: number, input: { enrollment_id: number; code: string }) =>
    post<ReplaceCodeResultBody>(`/api/v1/campaigns/${id}/code-leaks/replace`, input),
  content: (id: number) => request<CampaignContentBody>(`/api/v1/campaigns/${id}/content`),
  reviewDraft: (draftId: number, input: { decision: 'approved' | 'changes_requested'; comment?: string }) =>
    post<{ changed: boolean }>(`/api/v1/drafts/${draftId}/review`, input),
  answerProposal: (proposalId: number, input: { answer: 'accept' | 'counter'; message?: string }) =>
    post<unknown>(`/api/v1/proposals/${proposalId}/answer`, input),
  orders: (campaignId: number, page: number, perPage = 25) =>
    request<Page<OrderBody>>(`/api/v1/orders?campaign_id=${campaignId}&page=${page}&per_page=${perPage}`),
  imports: (page = 1) => request<Page<ImportRunBody>>(`/api/v1/imports?page=${page}&per_page=20`),
  upload: (form: FormData) => request<ImportSummaryBody>('/api/v1/imports', { method: 'POST', body: form }),
  previewUpload: (form: FormData) =>
    request<ImportPreviewBody>('/api/v1/imports/preview', { method: 'POST', body: form }),
  uploadProfiles: (form: FormData) =>
    request<ProfileImportSummaryBody>('/api/v1/imports/profiles', { method: 'POST', body: form }),
};
