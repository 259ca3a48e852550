// The outreach API: mailboxes, sequences, enrolling, step previews and settling an unknown email (see operations.ts).
import { idParam } from '../schemas/common.ts';
import {
  addedMailboxSchema,
  addMailboxBody,
  createdSequenceSchema,
  createSequenceBody,
  enrollBody,
  enrollResultSchema,
  mailboxListSchema,
  mailboxSchema,
  previewQuery,
  previewSchema,
  sequenceDetailSchema,
  sequenceListSchema,
  settleBody,
  settleResultSchema,
} from '../schemas/outreach.ts';
import { z } from 'zod';
import type { Operation } from './operation.ts';

const json = 'application/json' as const;
const oneMailbox = z.object({ mailbox: mailboxSchema });

export const OUTREACH_OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/api/v1/mailboxes',
    tag: 'Outreach',
    auth: 'session',
    summary: 'The workspace’s mailboxes (user@host only, never a password)',
    responses: { 200: { description: 'The mailboxes', schema: mailboxListSchema } },
  },
  {
    method: 'post',
    path: '/api/v1/mailboxes',
    tag: 'Outreach',
    auth: 'session',
    summary: 'Add (or update) a mailbox: the SMTP login is checked first, the URLs are stored encrypted',
    description:
      'A wrong app password is refused with the server’s answer. Audited as mailbox.added / mailbox.updated.',
    body: { schema: addMailboxBody, contentType: json },
    responses: {
      201: { description: 'Added', schema: addedMailboxSchema },
      200: { description: 'A mailbox with that address existed and was updated', schema: addedMailboxSchema },
    },
  },
  {
    method: 'post',
    path: '/api/v1/mailboxes/{id}/pause',
    tag: 'Outreach',
    auth: 'session',
    summary: 'Pause a mailbox: it sends nothing until resumed',
    params: idParam,
    responses: { 200: { description: 'The mailbox', schema: oneMailbox } },
  },
  {
    method: 'post',
    path: '/api/v1/mailboxes/{id}/resume',
    tag: 'Outreach',
    auth: 'session',
    summary: 'Resume a paused mailbox',
    params: idParam,
    responses: { 200: { description: 'The mailbox', schema: oneMailbox } },
  },
  {
    method: 'get',
    path: '/api/v1/sequences',
    tag: 'Outreach',
    auth: 'session',
    summary: 'Sequences, newest first, with their steps and enrollments per status',
    responses: { 200: { description: 'The sequences', schema: sequenceListSchema } },
  },
  {
    method: 'post',
    path: '/api/v1/sequences',
    tag: 'Outreach',
    auth: 'session',
    summary: 'Create a sequence with its steps (the `sequence create` file)',
    description:
      'Merge fields are written {{first_name}}, {{name}}, {{handle}}, {{brand}}, {{product}}, {{fee}}, {{link}}, {{code}}, {{portal_link}}; an unknown one is refused. A name that exists returns that sequence unchanged.',
    body: { schema: createSequenceBody, contentType: json },
    responses: {
      201: { description: 'Created', schema: createdSequenceSchema },
      200: { description: 'Existed, unchanged', schema: createdSequenceSchema },
    },
  },
  {
    method: 'get',
    path: '/api/v1/sequences/{id}',
    tag: 'Outreach',
    auth: 'session',
    summary: 'One sequence: its steps and every enrollment with its status',
    params: idParam,
    responses: { 200: { description: 'The sequence', schema: sequenceDetailSchema } },
  },
  {
    method: 'post',
    path: '/api/v1/sequences/{id}/enroll',
    tag: 'Outreach',
    auth: 'session',
    summary: 'Enroll creators (by creator id, or every member of a list)',
    description:
      'Each needs an email in the workspace’s data, no opt-out, and every step filled for her; the others are enrolled and those refused are named with the reason. Enrolling her again changes nothing.',
    params: idParam,
    body: { schema: enrollBody, contentType: json },
    responses: { 200: { description: 'Enrolled, already in it, refused', schema: enrollResultSchema } },
  },
  {
    method: 'get',
    path: '/api/v1/sequences/{id}/preview',
    tag: 'Outreach',
    auth: 'session',
    summary: 'A step rendered for one creator, as it would be sent; an unfilled field is named',
    params: idParam,
    query: previewQuery,
    responses: { 200: { description: 'The rendered subject and body', schema: previewSchema } },
  },
  {
    method: 'post',
    path: '/api/v1/outreach/messages/{id}/settle',
    tag: 'Outreach',
    auth: 'session',
    summary: 'Settle an unknown or failed email: mark it sent, or send it again',
    description: 'Nothing re-sends an email of unknown fate by itself; a person decides here (as `outreach settle`).',
    params: idParam,
    body: { schema: settleBody, contentType: json },
    responses: { 200: { description: 'Its new status', schema: settleResultSchema } },
  },
];
