// The inbox API and the public unsubscribe link (see operations.ts).
import { z } from 'zod';
import { idParam } from '../schemas/common.ts';
import {
  inboxListSchema,
  inboxReadSchema,
  inboxReplyBody,
  inboxReplySchema,
  inboxThreadDetailSchema,
} from '../schemas/inbox.ts';
import type { Operation } from './operation.ts';

const html = (description: string) => ({ description, contentType: 'text/html', schema: z.string() });
const tokenParam = z.object({ token: z.string().describe('the signed token of the email’s unsubscribe link') });

export const INBOX_OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/v1/inbox',
    tag: 'Inbox',
    auth: 'session',
    summary: 'Email threads with creators that have at least one received email, newest first',
    responses: { 200: { description: 'The threads (up to 100)', schema: inboxListSchema } },
  },
  {
    method: 'get',
    path: '/api/v1/inbox/{id}',
    tag: 'Inbox',
    auth: 'session',
    summary: 'The thread of one message, oldest first',
    params: idParam,
    responses: { 200: { description: 'The thread', schema: inboxThreadDetailSchema } },
  },
  {
    method: 'post',
    path: '/api/v1/inbox/{id}/read',
    tag: 'Inbox',
    auth: 'session',
    summary: 'Mark the received emails of a thread read (for the whole workspace)',
    params: idParam,
    responses: { 200: { description: 'How many were unread', schema: inboxReadSchema } },
  },
  {
    method: 'post',
    path: '/api/v1/inbox/{id}/reply',
    tag: 'Inbox',
    auth: 'session',
    summary: 'Answer a thread from the app',
    description:
      'Sent at once through the mailbox the creator wrote to, as a reply to the newest message of the thread (In-Reply-To / References), with the unsubscribe headers.',
    params: idParam,
    body: { schema: inboxReplyBody, contentType: 'application/json' },
    responses: { 201: { description: 'The email and how sending went', schema: inboxReplySchema } },
  },
  {
    method: 'get',
    path: '/u/{token}',
    tag: 'Public',
    auth: 'none',
    summary: 'Unsubscribe link: a confirm page with one button',
    description: 'Opening the link changes nothing (link scanners follow links); the button posts the one-click form.',
    params: tokenParam,
    responses: {
      200: html('The confirm page'),
      400: html('Not a valid link (no reason given)'),
      429: html('Too many requests'),
    },
  },
  {
    method: 'post',
    path: '/u/{token}',
    tag: 'Public',
    auth: 'none',
    summary: 'One-click unsubscribe (RFC 8058)',
    description:
      'The body `List-Unsubscribe=One-Click` (form-encoded or multipart, as mail clients send it) opts the creator out of every email of the workspace and takes her out of every sequence. Repeats change nothing.',
    params: tokenParam,
    body: {
      schema: z.object({ 'List-Unsubscribe': z.literal('One-Click') }),
      contentType: 'multipart/form-data',
      description: 'or application/x-www-form-urlencoded',
    },
    responses: {
      200: html('Unsubscribed'),
      400: html('Not a valid link, or the one-click field is missing'),
      429: html('Too many requests'),
    },
  },
];
