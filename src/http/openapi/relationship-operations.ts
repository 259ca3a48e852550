// The API of creator lists and relationships (see operations.ts). Writes are POSTs, like the rest of the API.
import { z } from 'zod';
import { idParam } from '../schemas/common.ts';
import {
  listAddedSchema, listDetailSchema, listEnrolledSchema, listListSchema, listMembersBody, listNameSchema, listRemovedSchema, listSchema,
  listToCampaignBody, noteBody, noteSchema, relationshipDetailSchema, relationshipPageSchema, relationshipQuery, relationshipSchema,
  setOwnerBody, setStageBody, setTagsBody, stagesBody, stagesSchema, taskBody, taskCreatedSchema,
} from '../schemas/relationships.ts';
import { okSchema } from '../schemas/team.ts';
import type { Operation } from './operation.ts';

const ok = (description: string, schema: z.ZodType) => ({ description, schema });
const json = (schema: z.ZodType) => ({ schema, contentType: 'application/json' as const });
const creatorParam = z.object({ id: z.coerce.number().int().positive().describe('the creator id') });
const relationshipAnswer = { 200: ok('The relationship after the change', relationshipSchema) };

export const RELATIONSHIP_OPERATIONS: Operation[] = [
  { method: 'get', path: '/api/v1/lists', tag: 'Lists', auth: 'session', summary: 'The workspace\'s creator lists (shared by its members)',
    responses: { 200: ok('The lists, by name', listListSchema) } },
  { method: 'post', path: '/api/v1/lists', tag: 'Lists', auth: 'session', summary: 'Create a list', body: json(listNameSchema),
    responses: { 201: ok('The list', listSchema) } },
  { method: 'get', path: '/api/v1/lists/{id}', tag: 'Lists', auth: 'session', summary: 'A list with its creators', params: idParam,
    responses: { 200: ok('The list', listDetailSchema) } },
  { method: 'post', path: '/api/v1/lists/{id}', tag: 'Lists', auth: 'session', summary: 'Rename a list', params: idParam, body: json(listNameSchema),
    responses: { 200: ok('The list', listSchema) } },
  { method: 'post', path: '/api/v1/lists/{id}/delete', tag: 'Lists', auth: 'session', summary: 'Delete a list (relationships and timelines stay)',
    params: idParam, responses: { 200: ok('Done', okSchema) } },
  { method: 'post', path: '/api/v1/lists/{id}/creators', tag: 'Lists', auth: 'session', summary: 'Add many creators at once',
    description: 'By "platform:handle" or account id (up to 1,000 each). One unknown creator refuses the whole call, naming each; '
      + 'a creator already on the list is counted, not added twice. Each added creator gets a relationship (first stage) if she had none.',
    params: idParam, body: json(listMembersBody), responses: { 200: ok('What changed', listAddedSchema) } },
  { method: 'post', path: '/api/v1/lists/{id}/creators/remove', tag: 'Lists', auth: 'session', summary: 'Remove creators from a list',
    params: idParam, body: json(listMembersBody), responses: { 200: ok('What changed', listRemovedSchema) } },
  { method: 'post', path: '/api/v1/lists/{id}/enroll', tag: 'Lists', auth: 'session', summary: 'Add every creator of the list to a campaign',
    description: 'Enrolled with no agreed costs; creators already in the campaign are skipped, so repeating the call changes nothing.',
    params: idParam, body: json(listToCampaignBody), responses: { 200: ok('What changed', listEnrolledSchema) } },
  { method: 'get', path: '/api/v1/lists/{id}/export.csv', tag: 'Lists', auth: 'session', summary: 'A list as CSV', params: idParam,
    responses: { 200: { description: 'CSV, one account per row', contentType: 'text/csv', schema: z.string() } } },

  { method: 'get', path: '/api/v1/relationships', tag: 'Relationships', auth: 'session', summary: 'Relationships of the workspace (filter by stage)',
    query: relationshipQuery, responses: { 200: ok('A page of relationships, most recently changed first', relationshipPageSchema) } },
  { method: 'get', path: '/api/v1/relationships/stages', tag: 'Relationships', auth: 'session', summary: 'The pipeline stages of the workspace',
    responses: { 200: ok('The stages in order', stagesSchema) } },
  { method: 'post', path: '/api/v1/relationships/stages', tag: 'Relationships', auth: 'session', summary: 'Set the pipeline stages',
    description: 'A stage that relationships are still in cannot be removed (the answer names it).', body: json(stagesBody),
    responses: { 200: ok('The stages in order', stagesSchema) } },
  { method: 'get', path: '/api/v1/relationships/{id}', tag: 'Relationships', auth: 'session', summary: 'A creator\'s relationship: notes, tasks, timeline',
    params: creatorParam, responses: { 200: ok('The relationship', relationshipDetailSchema) } },
  { method: 'post', path: '/api/v1/relationships/{id}/stage', tag: 'Relationships', auth: 'session', summary: 'Move a creator to a stage',
    description: 'Starts the relationship if there is none. The stage must be one of the workspace\'s stages.',
    params: creatorParam, body: json(setStageBody), responses: relationshipAnswer },
  { method: 'post', path: '/api/v1/relationships/{id}/owner', tag: 'Relationships', auth: 'session', summary: 'Set (or clear) the owner: a member',
    params: creatorParam, body: json(setOwnerBody), responses: relationshipAnswer },
  { method: 'post', path: '/api/v1/relationships/{id}/tags', tag: 'Relationships', auth: 'session', summary: 'Replace the tags',
    params: creatorParam, body: json(setTagsBody), responses: relationshipAnswer },
  { method: 'post', path: '/api/v1/relationships/{id}/notes', tag: 'Relationships', auth: 'session', summary: 'Add a note (Markdown; @email mentions a member)',
    params: creatorParam, body: json(noteBody), responses: { 201: ok('The note', noteSchema) } },
  { method: 'post', path: '/api/v1/relationships/{id}/tasks', tag: 'Relationships', auth: 'session', summary: 'Add a task with an optional due date',
    params: creatorParam, body: json(taskBody), responses: { 201: ok('The task id', taskCreatedSchema) } },
  { method: 'post', path: '/api/v1/relationships/tasks/{id}/done', tag: 'Relationships', auth: 'session', summary: 'Mark a task done',
    params: idParam, responses: { 200: ok('Done', okSchema) } },
];
