// The inbox API (types from src/http/schemas/inbox.ts, erased by the build).
import type {
  InboxListBody as InboxList,
  InboxReadBody as Read,
  InboxReplyBody as Reply,
  InboxThreadBody as InboxThread,
} from '../../../src/http/schemas/inbox.ts';
import { api } from './api.ts';

export type { InboxList, InboxThread };

const json = async <T>(path: string, body?: unknown): Promise<T> => {
  const write = body !== undefined;
  const headers: Record<string, string> = write
    ? { accept: 'application/json', 'content-type': 'application/json' }
    : { accept: 'application/json' };
  const init: RequestInit = { method: write ? 'POST' : 'GET', credentials: 'same-origin', headers };
  return api.answer<T>(await fetch(path, write ? { ...init, body: JSON.stringify(body) } : init));
};

export const inboxApi = {
  threads: () => json<InboxList>('/api/v1/inbox'),
  thread: (id: number) => json<InboxThread>(`/api/v1/inbox/${id}`),
  markRead: (id: number) => json<Read>(`/api/v1/inbox/${id}/read`, {}),
  reply: (id: number, body: string) => json<Reply>(`/api/v1/inbox/${id}/reply`, { body }),
};
