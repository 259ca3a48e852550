// Builds the OpenAPI 3.1 document from OPERATIONS: JSON Schemas come from the handlers' own zod
// schemas (z.toJSONSchema, draft 2020-12 as OpenAPI 3.1 uses), requests as their input type and
// responses as their output type. Every authenticated operation also lists the one error format.
import { z } from 'zod';
import { errorSchema } from '../schemas/common.ts';
import { campaignReportSchema, campaignSchema, enrollmentSchema } from '../schemas/campaigns.ts';
import { creatorSchema, vettingReportSchema } from '../schemas/creators.ts';
import { discoverResponseSchema } from '../schemas/discover.ts';
import { importSummarySchema } from '../schemas/imports.ts';
import { orderSchema } from '../schemas/orders.ts';
import type { Operation } from './operation.ts';
import { OPERATIONS } from './operations.ts';

type JsonSchema = Record<string, unknown>;

/** Response shapes used by several operations, emitted once under components.schemas. */
const COMPONENTS: [string, z.ZodType][] = [
  ['Error', errorSchema],
  ['Creator', creatorSchema],
  ['VettingReport', vettingReportSchema],
  ['DiscoverResponse', discoverResponseSchema],
  ['Campaign', campaignSchema],
  ['Enrollment', enrollmentSchema],
  ['CampaignReport', campaignReportSchema],
  ['Order', orderSchema],
  ['ImportSummary', importSummarySchema],
];

const ERRORS: Record<number, string> = {
  400: 'Malformed request or validation failure (details name every field)',
  401: 'No valid bearer token or session',
  403: 'Not allowed (another workspace, or a cross-origin write with a session cookie)',
  404: 'Not found in this workspace',
  409: 'Conflict (e.g. a discount code already used)',
  413: "Request body over the route's limit (counted while it streams in; 1 MiB for JSON, 20 MiB for uploads)",
  422: 'Understood but cannot be done (e.g. a missing currency rate)',
  429: 'Too many failed sign-ins or bearer tokens from this address (Retry-After says when to try again)',
  500: 'Internal error (the server log has the details)',
};

function toSchema(schema: z.ZodType, io: 'input' | 'output', components: Map<z.ZodType, string>): JsonSchema {
  const name = components.get(schema);
  if (name) return { $ref: `#/components/schemas/${name}` };
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'inline' }) as JsonSchema;
  delete json.$schema;
  return json;
}

function parameters(op: Operation, components: Map<z.ZodType, string>) {
  const out: JsonSchema[] = [];
  const add = (where: 'path' | 'query', shape: z.ZodObject | undefined) => {
    for (const [name, field] of Object.entries(shape?.shape ?? {}) as [string, z.ZodType][]) {
      const schema = toSchema(field, 'input', components);
      const description = typeof schema.description === 'string' ? schema.description : undefined;
      delete schema.description;
      out.push({
        name,
        in: where,
        required: where === 'path' || !field.safeParse(undefined).success,
        schema,
        ...(description ? { description } : {}),
      });
    }
  };
  add('path', op.params);
  add('query', op.query);
  for (const h of op.headers ?? [])
    out.push({
      name: h.name,
      in: 'header',
      required: h.required,
      description: h.description,
      schema: { type: 'string' },
    });
  return out;
}

function operationObject(op: Operation, components: Map<z.ZodType, string>) {
  const responses: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(op.responses)) {
    responses[status] = {
      description: r.description,
      ...(r.headers
        ? {
            headers: Object.fromEntries(
              Object.entries(r.headers).map(([h, d]) => [h, { description: d, schema: { type: 'string' } }]),
            ),
          }
        : {}),
      ...(r.schema
        ? { content: { [r.contentType ?? 'application/json']: { schema: toSchema(r.schema, 'output', components) } } }
        : {}),
    };
  }
  if (op.auth === 'session') {
    for (const [status, description] of Object.entries(ERRORS)) {
      responses[status] ??= {
        description,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    }
  }
  const params = parameters(op, components);
  return {
    operationId: operationId(op),
    tags: [op.tag],
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(op.body
      ? {
          requestBody: {
            required: true,
            ...(op.body.description ? { description: op.body.description } : {}),
            content: { [op.body.contentType]: { schema: toSchema(op.body.schema, 'input', components) } },
          },
        }
      : {}),
    responses,
    security: op.auth === 'session' ? [{ bearerAuth: [] }, { sessionCookie: [] }] : [],
  };
}

/** "get /api/v1/campaigns/{id}/report.csv" → "getCampaignsIdReportCsv". */
function operationId(op: Pick<Operation, 'method' | 'path'>): string {
  const words = op.path
    .replace(/^\/api\/v1\//, '/')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return op.method + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

export function buildOpenApi(options: { version: string; operations?: Operation[] }) {
  const operations = options.operations ?? OPERATIONS;
  const components = new Map<z.ZodType, string>(COMPONENTS.map(([name, schema]) => [schema, name]));
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) (paths[op.path] ??= {})[op.method] = operationObject(op, components);
  const schemas = Object.fromEntries(
    COMPONENTS.map(([name, schema]) => {
      const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any', reused: 'inline' }) as JsonSchema;
      delete json.$schema;
      return [name, json];
    }),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'microreach API',
      version: options.version,
      description:
        'Find, vet, price, track and attribute micro-influencers. Money is integer minor units with an ISO currency; ratios with a zero denominator are null (shown as "n/a"), never 0 or infinity. Every error is `{"error": {"code", "message", "details": [{"path", "message"}]}}`. Lists are paged with `page` and `per_page` and answer `total`.',
      license: { name: 'AGPL-3.0-only', identifier: 'AGPL-3.0-only' },
    },
    servers: [{ url: '/', description: 'this installation' }],
    tags: [
      {
        name: 'Workspace',
        description: 'Who the caller acts for; brand settings, currency rates and store connections',
      },
      {
        name: 'Account',
        description: 'Your own sessions, workspace switching and the optional authenticator-app second factor',
      },
      { name: 'Team', description: 'Members and roles, invitations, API tokens (scoped, expiring) and the audit log' },
      { name: 'Creators', description: 'Creator data and vetting' },
      { name: 'Discovery', description: 'Briefs, fit scores and lookalikes' },
      { name: 'Campaigns', description: 'Campaigns, tracked links, discount codes and ROAS reports' },
      { name: 'Orders', description: 'Attributed orders and webhook deliveries' },
      { name: 'Imports', description: 'Creator lists from CSV' },
      { name: 'Lists', description: 'Creator lists of a workspace: many at once, into a campaign, as CSV' },
      {
        name: 'Portal and content',
        description:
          "Creator portal links (/p/<token>, no password), deal terms, drafts and proposals, and the campaign's posts checked against the terms",
      },
      {
        name: 'Relationships',
        description: 'One relationship per creator: stage, owner, tags, notes, tasks and the timeline',
      },
      {
        name: 'Catalog and seeding',
        description: "The store's catalog, the gift limits of a deal, the creators' gifts and their store orders",
      },
      { name: 'Inbox', description: 'Email threads with creators: read, mark read, answer from the app' },
      { name: 'Outreach', description: 'Mailboxes, sequences, enrolling creators, previews and settling emails' },
      {
        name: 'Payouts',
        description: 'The commission ledger: creator statements, adjustments, payout details and payout batches',
      },
      {
        name: 'Outgoing webhooks',
        description:
          'Endpoints that receive signed events (Standard Webhooks), their delivery log, replay, secret rotation and test events',
      },
      {
        name: 'Public',
        description:
          'Endpoints without a workspace session: health, tracked links, storefront snippet, store webhooks, unsubscribe links',
      },
    ],
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: "An API token of a user (Settings → API tokens), carrying some or all of the user's permissions",
        },
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'mr_session',
          description: 'The browser session set by /login; writes must come from the same origin',
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApi>;
