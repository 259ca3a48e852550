// The lists and relationships API (types from src/http/schemas/relationships.ts, erased by the build).
import type {
  FieldBody,
  ListCreatedBody,
  MyTasksBody,
  ListBody,
  RelationshipDetailBody,
  ListDetailBody,
  RelationshipBody,
  RelationshipPageBody,
  StagesBody,
} from '../../../src/http/schemas/relationships.ts';
import { api } from './api.ts';

export type {
  FieldBody,
  MyTasksBody,
  RelationshipDetailBody,
  ListBody,
  ListDetailBody,
  RelationshipBody,
  RelationshipPageBody,
  StagesBody,
};

const headers = (write: boolean): Record<string, string> =>
  write ? { accept: 'application/json', 'content-type': 'application/json' } : { accept: 'application/json' };

/** GET without a body, POST with one; errors become ApiError like every other call. */
const json = async <T>(path: string, body?: unknown): Promise<T> => {
  const write = body !== undefined;
  const init: RequestInit = { method: write ? 'POST' : 'GET', credentials: 'same-origin', headers: headers(write) };
  return api.answer<T>(await fetch(path, write ? { ...init, body: JSON.stringify(body) } : init));
};
type Added = { added: number; already_on_list: number };
type Enrolled = { enrolled: number; already_enrolled: number };

export const relationshipsApi = {
  relationship: (creatorId: number) => json<RelationshipDetailBody>(`/api/v1/relationships/${creatorId}`),
  addNote: (creatorId: number, body: string) =>
    json<{ id: number }>(`/api/v1/relationships/${creatorId}/notes`, { body }),
  addTask: (
    creatorId: number,
    task: { title: string; due_on: string | null; remind_at: string | null; assignee_user_id: number | null },
  ) => json<{ id: number }>(`/api/v1/relationships/${creatorId}/tasks`, task),
  myTasks: () => json<MyTasksBody>('/api/v1/relationships/my-tasks'),
  fields: () => json<{ items: FieldBody[] }>('/api/v1/relationships/fields'),
  createField: (field: { name: string; type: FieldBody['type']; options: string[] }) =>
    json<FieldBody>('/api/v1/relationships/fields', field),
  setField: (creatorId: number, fieldId: number, value: string | null) =>
    json<RelationshipBody>(`/api/v1/relationships/${creatorId}/fields`, { field_id: fieldId, value }),
  optOut: (creatorId: number, reason: string, email: string | null) =>
    json<{ created: boolean }>(`/api/v1/relationships/${creatorId}/opt-out`, { reason, email }),
  completeTask: (taskId: number) => json<{ ok: true }>(`/api/v1/relationships/tasks/${taskId}/done`, {}),
  stages: () => json<StagesBody>('/api/v1/relationships/stages'),
  relationships: (q: URLSearchParams) => json<RelationshipPageBody>(`/api/v1/relationships?${q}`),
  setStage: (creatorId: number, stage: string) =>
    json<RelationshipBody>(`/api/v1/relationships/${creatorId}/stage`, { stage }),
  lists: () => json<{ items: ListBody[] }>('/api/v1/lists'),
  list: (id: number) => json<ListDetailBody>(`/api/v1/lists/${id}`),
  createList: (name: string, accountIds: number[] = []) =>
    json<ListCreatedBody>('/api/v1/lists', { name, account_ids: accountIds }),
  addAccountsToList: (id: number, accountIds: number[]) =>
    json<Added>(`/api/v1/lists/${id}/creators`, { account_ids: accountIds }),
  enrollAccounts: (campaignId: number, accountIds: number[]) =>
    json<Enrolled>(`/api/v1/campaigns/${campaignId}/creators/bulk`, { account_ids: accountIds }),
  deleteList: (id: number) => json<{ ok: true }>(`/api/v1/lists/${id}/delete`, {}),
  addToList: (id: number, creators: string[]) => json<Added>(`/api/v1/lists/${id}/creators`, { creators }),
  enrollList: (id: number, campaignId: number) =>
    json<Enrolled>(`/api/v1/lists/${id}/enroll`, { campaign_id: campaignId }),
};
