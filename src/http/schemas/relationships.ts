// Request and response schemas of creator lists and relationships (the routes validate with them; the
// OpenAPI document and the web app's types come from them).
import { z } from 'zod';
import { TIMELINE_KINDS } from '../../core/relationships/timeline.ts';
import { pageFields } from './common.ts';

export {
  listMembersBody,
  listNameSchema,
  listToCampaignBody,
  noteBody,
  setOwnerBody,
  setStageBody,
  setTagsBody,
  stagesBody,
  taskBody,
} from '../../core/relationships/relationship-input.ts';

export const listSchema = z.object({
  id: z.number(),
  name: z.string(),
  size: z.number().int(),
  created_by: z.number().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export const listListSchema = z.object({ items: z.array(listSchema) });
export const listMemberSchema = z.object({
  account_id: z.number(),
  creator_id: z.number(),
  platform: z.string(),
  handle: z.string(),
  followers: z.number().nullable(),
  name: z.string().nullable(),
  stage: z.string().nullable(),
  added_at: z.string(),
});
export const listDetailSchema = listSchema.extend({ creators: z.array(listMemberSchema) });
export const listAddedSchema = z.object({ added: z.number().int(), already_on_list: z.number().int() });
export const listRemovedSchema = z.object({ removed: z.number().int(), not_on_list: z.number().int() });
export const listEnrolledSchema = z.object({ enrolled: z.number().int(), already_enrolled: z.number().int() });

export const stagesSchema = z.object({
  stages: z.array(z.string()),
  is_default: z.boolean().describe('true while the workspace keeps the default stages'),
});

const emailCounts = z.object({
  sent: z.number().int(),
  received: z.number().int(),
  tracked: z
    .boolean()
    .describe('true: emails sent from and read by the workspace mailboxes are counted (outreach, issue 13)'),
});
export const relationshipSchema = z.object({
  id: z.number(),
  creator_id: z.number(),
  name: z.string().nullable(),
  accounts: z.array(
    z.object({ id: z.number(), platform: z.string(), handle: z.string(), followers: z.number().nullable() }),
  ),
  stage: z.string(),
  stage_changed_at: z.string(),
  owner: z.object({ id: z.number(), email: z.string() }).nullable(),
  tags: z.array(z.string()),
  open_tasks: z.number().int(),
  next_due_on: z.string().nullable(),
  last_contact_at: z
    .string()
    .nullable()
    .describe('the last email sent to her or received from her; null when there was none'),
  emails: emailCounts,
  updated_at: z.string(),
});
export const relationshipQuery = z
  .object({
    ...pageFields,
    stage: z.string().max(40).optional(),
    creator_id: z.coerce
      .number()
      .int()
      .positive()
      .optional()
      .describe('only the relationship with this creator (none: empty)'),
  })
  .strict();
export const relationshipPageSchema = z.object({
  items: z.array(relationshipSchema),
  page: z.number().int(),
  per_page: z.number().int(),
  total: z.number().int(),
  total_pages: z.number().int(),
});

export const timelineEntrySchema = z.object({
  at: z.string(),
  kind: z.enum(TIMELINE_KINDS),
  actor_user_id: z.number().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export const noteSchema = z.object({
  id: z.number(),
  body: z.string().describe('Markdown, as written'),
  mentions: z.array(z.number()),
  created_at: z.string(),
});
export const taskSchema = z.object({
  id: z.number(),
  title: z.string(),
  due_on: z.string().nullable(),
  assignee_user_id: z.number().nullable(),
  done_at: z.string().nullable(),
});
export const relationshipDetailSchema = relationshipSchema.extend({
  notes: z.array(noteSchema),
  tasks: z.array(taskSchema),
  timeline: z.array(timelineEntrySchema),
});
export const taskCreatedSchema = z.object({ id: z.number() });

export type ListBody = z.infer<typeof listSchema>;
export type ListDetailBody = z.infer<typeof listDetailSchema>;
export type RelationshipBody = z.infer<typeof relationshipSchema>;
export type RelationshipPageBody = z.infer<typeof relationshipPageSchema>;
export type StagesBody = z.infer<typeof stagesSchema>;
export type RelationshipDetailBody = z.infer<typeof relationshipDetailSchema>;
