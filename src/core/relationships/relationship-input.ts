// What a member sends to keep lists and relationships: validated the same way by the API and the CLI.
import { z } from 'zod';
import { creatorRefSchema } from '../campaigns/campaign-input.ts';
import { stageListSchema } from './stages.ts';

const tag = z.string().trim().toLowerCase().min(1).max(40);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

export const listNameSchema = z.object({ name: z.string().trim().min(1).max(120) }).strict();
/** A new list, filled in the same call when account ids come with it (Discover's "add to a new list"). */
export const createListBody = z
  .object({ name: listNameSchema.shape.name, account_ids: z.array(z.number().int().positive()).max(1000).default([]) })
  .strict();
/** Discover's "add to campaign" for a selection: enrolled with no agreed costs yet, like a list's enrollment. */
export const enrollAccountsBody = z
  .object({ account_ids: z.array(z.number().int().positive()).min(1).max(1000) })
  .strict();
export const optOutBody = z
  .object({
    reason: z.string().trim().min(1).max(500),
    email: z.string().trim().toLowerCase().email().nullish(),
  })
  .strict();

/** Creators by "platform:handle" or by account id; at most 1,000 per call (Discover's "select all passing"). */
export const listMembersBody = z
  .object({
    creators: z.array(creatorRefSchema).max(1000).default([]),
    account_ids: z.array(z.number().int().positive()).max(1000).default([]),
  })
  .strict()
  .refine((b) => b.creators.length + b.account_ids.length > 0, 'name at least one creator or account id');

export const listToCampaignBody = z.object({ campaign_id: z.number().int().positive() }).strict();

export const setStageBody = z.object({ stage: z.string().trim().min(1).max(40) }).strict();
export const setOwnerBody = z.object({ owner_user_id: z.number().int().positive().nullable() }).strict();
export const setTagsBody = z.object({ tags: z.array(tag).max(50) }).strict();
export const noteBody = z.object({ body: z.string().trim().min(1).max(20_000) }).strict();
export const taskBody = z
  .object({
    title: z.string().trim().min(1).max(300),
    due_on: isoDate.nullish(),
    assignee_user_id: z.number().int().positive().nullish(),
    remind_at: z.iso
      .datetime({ offset: true })
      .nullish()
      .describe('when the assignee is reminded (ISO time); shown in "My tasks"'),
  })
  .strict();
export const stagesBody = z.object({ stages: stageListSchema }).strict();

export type ListMembersInput = z.infer<typeof listMembersBody>;
export type TaskInput = z.infer<typeof taskBody>;
