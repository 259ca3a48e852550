// The lists and relationships API (types from src/http/schemas/relationships.ts, erased by the build).
import type {
  ListBody, ListDetailBody, RelationshipBody, RelationshipPageBody, StagesBody,
} from '../../../src/http/schemas/relationships.ts';
import { api } from './api.ts';

export type { ListBody, ListDetailBody, RelationshipBody, RelationshipPageBody, StagesBody };

const json = async <T>(path: string, body?: unknown): Promise<T> => api.answer<T>(await fetch(path, body === undefined
  ? { credentials: 'same-origin', headers: { accept: 'application/json' } }
  : { method: 'POST', credentials: 'same-origin', headers: { accept: 'application/json', 'content-type': 'application/json' }, body: JSON.stringify(body) }));

export const relationshipsApi = {
  stages: () => json<StagesBody>('/api/v1/relationships/stages'),
  relationships: (q: URLSearchParams) => json<RelationshipPageBody>(`/api/v1/relationships?${q}`),
  setStage: (creatorId: number, stage: string) => json<RelationshipBody>(`/api/v1/relationships/${creatorId}/stage`, { stage }),
  lists: () => json<{ items: ListBody[] }>('/api/v1/lists'),
  list: (id: number) => json<ListDetailBody>(`/api/v1/lists/${id}`),
  createList: (name: string) => json<ListBody>('/api/v1/lists', { name }),
  deleteList: (id: number) => json<{ ok: true }>(`/api/v1/lists/${id}/delete`, {}),
  addToList: (id: number, creators: string[]) => json<{ added: number; already_on_list: number }>(`/api/v1/lists/${id}/creators`, { creators }),
  enrollList: (id: number, campaignId: number) => json<{ enrolled: number; already_enrolled: number }>(`/api/v1/lists/${id}/enroll`, { campaign_id: campaignId }),
};
