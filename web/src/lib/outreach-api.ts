// The outreach API: mailboxes, sequences, enrolling and previews (types from src/http/schemas/outreach.ts,
// erased by the build).
import type {
  AddedMailboxBody,
  EnrollResultBody,
  MailboxListBody,
  PreviewBody,
  SequenceDetailBody,
  SequenceListBody,
} from '../../../src/http/schemas/outreach.ts';
import { api } from './api.ts';

export type { EnrollResultBody, MailboxListBody, PreviewBody, SequenceDetailBody, SequenceListBody };
export type Mailbox = MailboxListBody['mailboxes'][number];

const json = async <T>(path: string, body?: unknown): Promise<T> => {
  const write = body !== undefined;
  const headers: Record<string, string> = write
    ? { accept: 'application/json', 'content-type': 'application/json' }
    : { accept: 'application/json' };
  const init: RequestInit = { method: write ? 'POST' : 'GET', credentials: 'same-origin', headers };
  return api.answer<T>(await fetch(path, write ? { ...init, body: JSON.stringify(body) } : init));
};

export const outreachApi = {
  mailboxes: () => json<MailboxListBody>('/api/v1/mailboxes'),
  addMailbox: (m: { from: string; smtp: string; imap?: string; daily_limit?: number; time_zone?: string }) =>
    json<AddedMailboxBody>('/api/v1/mailboxes', m),
  pauseMailbox: (id: number) => json<{ mailbox: Mailbox }>(`/api/v1/mailboxes/${id}/pause`, {}),
  resumeMailbox: (id: number) => json<{ mailbox: Mailbox }>(`/api/v1/mailboxes/${id}/resume`, {}),
  sequences: () => json<SequenceListBody>('/api/v1/sequences'),
  sequence: (id: number) => json<SequenceDetailBody>(`/api/v1/sequences/${id}`),
  enrollList: (id: number, listId: number) =>
    json<EnrollResultBody>(`/api/v1/sequences/${id}/enroll`, { list_id: listId }),
  preview: (id: number, position: number, creatorId: number) =>
    json<PreviewBody>(`/api/v1/sequences/${id}/preview?position=${position}&creator_id=${creatorId}`),
};
