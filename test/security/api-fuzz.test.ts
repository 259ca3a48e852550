// Threat: any request the API was not written for. Every operation of the served OpenAPI document
// (so routes added later are fuzzed without touching this file) gets random path parameters, query
// strings, headers and bodies, both following its schemas and hostile. Every answer must be below 500,
// have a status the document lists for the operation, and a body that parses to the schema documented
// for that status (the zod schema the document is generated from).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createApp } from '../../src/http/app.ts';
import { OPERATIONS } from '../../src/http/openapi/operations.ts';
import { errorSchema } from '../../src/http/schemas/common.ts';
import { createCampaign } from '../../src/services/campaigns/create-campaign.ts';
import { enrollCreator } from '../../src/services/campaigns/enroll-creator.ts';
import { createApiToken } from '../../src/services/access/create-api-token.ts';
import type { Runtime } from '../../src/services/server-caches-and-buffers.ts';
import { setAllowedDomains } from '../../src/storage/workspaces/allowed-domains.ts';
import { ensureWorkspace } from '../../src/storage/workspaces/workspaces.ts';
import { createSchemaInput } from '../http/campaign-input.ts';
import { connectShopify, quietRuntime, testConfig } from '../support/commerce.ts';
import { creatorRecord, storeCreators } from '../support/factories.ts';
import { openTestDatabase, testDialects, type TestDatabase } from '../support/test-db.ts';
import { asUrlText, hostileValue, schemaArbitrary, type JsonSchema } from './support/schema-arbitrary.ts';

const RUNS_PER_OPERATION = 10;

interface Request {
  path: string;
  query: [string, string][];
  headers: [string, string][];
  body:
    | { kind: 'json'; value: unknown }
    | { kind: 'text'; value: string }
    | { kind: 'form'; fields: Record<string, unknown> }
    | undefined;
  signedIn: boolean;
}

describe.each(testDialects)('every API operation under random input on %s', (dialect) => {
  let t: TestDatabase;
  let runtime: Runtime;
  let app: ReturnType<typeof createApp>;
  let token: string;
  let doc: JsonSchema;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    const ws = (await ensureWorkspace(t.db, 'acme', { currency: 'USD' })).id;
    await setAllowedDomains(t.db, ws, ['shop.example']);
    token = (await createApiToken(t.db, ws, 'fuzz')).token;
    await storeCreators(t.db, ws, [
      creatorRecord({}, { handle: 'ana', followers: 30_000 }),
      creatorRecord({}, { handle: 'bo', followers: 8_000 }),
    ]);
    const campaign = await createCampaign(
      t.db,
      ws,
      createSchemaInput({ name: 'C', destination_url: 'https://shop.example/' }),
    );
    await enrollCreator(
      t.db,
      ws,
      campaign.id,
      createSchemaInput.enroll({ creator: 'instagram:ana', link_key: 'ana', code: 'ANA10' }),
    );
    await connectShopify(t.db, ws);
    runtime = quietRuntime(t.db);
    app = createApp({ db: t.db, config: testConfig(), runtime });
    doc = (await (await app.request('/api/openapi.json')).json()) as JsonSchema;
  });
  afterAll(async () => {
    await runtime.close();
    await t.close();
  });

  const resolve = (ref: string) => doc.components.schemas[ref.replace('#/components/schemas/', '')] as JsonSchema;
  // Known values make some requests reach the handlers' inner paths instead of stopping at "not found".
  const KNOWN: Record<string, unknown[]> = { id: [1, 2], workspace: ['acme'], key: ['ana'], w: ['acme'] };

  function valueFor(name: string, schema: JsonSchema): fc.Arbitrary<unknown> {
    return fc.oneof(
      schemaArbitrary(schema, resolve),
      hostileValue,
      ...(KNOWN[name] ? [fc.constantFrom(...KNOWN[name])] : []),
    );
  }

  function requestFor(path: string, operation: JsonSchema): fc.Arbitrary<Request> {
    const params = (operation.parameters ?? []) as {
      name: string;
      in: string;
      required: boolean;
      schema: JsonSchema;
    }[];
    const inPath = params.filter((p) => p.in === 'path');
    const inQuery = params.filter((p) => p.in === 'query');
    const inHeader = params.filter((p) => p.in === 'header');
    const content = operation.requestBody?.content as Record<string, { schema: JsonSchema }> | undefined;
    const [type, media] = content ? Object.entries(content)[0]! : [undefined, undefined];
    const schemaBody = media ? schemaArbitrary(media.schema, resolve) : fc.constant(undefined);
    const body: fc.Arbitrary<Request['body']> =
      type === undefined
        ? fc.constant(undefined)
        : type === 'multipart/form-data'
          ? fc
              .oneof(schemaBody, fc.dictionary(fc.string({ maxLength: 10 }), hostileValue, { maxKeys: 4 }))
              .map((fields) => ({ kind: 'form' as const, fields: (fields ?? {}) as Record<string, unknown> }))
          : type === 'text/plain'
            ? fc
                .oneof(
                  schemaBody.map((v) => JSON.stringify(v) ?? ''),
                  fc.string({ maxLength: 200 }),
                )
                .map((value) => ({ kind: 'text' as const, value }))
            : fc.oneof(schemaBody, hostileValue).map((value) => ({ kind: 'json' as const, value }));
    return fc.record({
      // An empty segment, or a dot segment (".", "..", removed by URL normalisation), is another URL (another
      // route), not a value of this parameter.
      path: fc
        .tuple(
          ...inPath.map((p) =>
            valueFor(p.name, p.schema)
              .map(asUrlText)
              .filter((v) => v !== '' && v !== '.' && v !== '..'),
          ),
        )
        .map((values) =>
          inPath.reduce((url, p, i) => url.replace(`{${p.name}}`, encodeURIComponent(values[i]!)), path),
        ),
      query: fc
        .tuple(
          ...inQuery.map((p) =>
            fc.option(
              valueFor(p.name, p.schema).map((v) => [p.name, asUrlText(v)] as [string, string]),
              { nil: undefined },
            ),
          ),
        )
        .map((pairs) => pairs.filter((pair): pair is [string, string] => pair !== undefined)),
      headers: fc
        .tuple(
          ...inHeader.map((h) =>
            fc.option(
              fc.string({ maxLength: 60 }).map((v) => [h.name, v] as [string, string]),
              { nil: undefined },
            ),
          ),
        )
        .map((pairs) => pairs.filter((pair): pair is [string, string] => pair !== undefined)),
      body,
      signedIn: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    });
  }

  async function send(method: string, operation: JsonSchema, r: Request): Promise<Response> {
    const headers = new Headers(r.headers.filter(([, v]) => /^[\t\x20-\x7e]*$/.test(v)));
    if (r.signedIn && operation.security?.length) headers.set('authorization', `Bearer ${token}`);
    let body: RequestInit['body'];
    if (r.body?.kind === 'json') {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(r.body.value) ?? '';
    } else if (r.body?.kind === 'text') {
      headers.set('content-type', 'text/plain');
      body = r.body.value;
    } else if (r.body?.kind === 'form') {
      const form = new FormData();
      for (const [name, value] of Object.entries(r.body.fields)) {
        form.append(
          name,
          name === 'file' ? new File([asUrlText(value)], 'fuzz.csv', { type: 'text/csv' }) : asUrlText(value),
        );
      }
      body = form;
    }
    const url = `${r.path}${r.query.length ? `?${new URLSearchParams(r.query)}` : ''}`;
    return app.request(url, { method: method.toUpperCase(), headers, body });
  }

  /** The zod schema documented for this answer (the one the OpenAPI document was generated from). */
  function documentedSchema(method: string, path: string, status: number): z.ZodType | undefined {
    const op = OPERATIONS.find((o) => o.method === method && o.path === path);
    return op?.responses[status]?.schema ?? (op?.auth === 'session' ? errorSchema : undefined);
  }

  it('answers every request with a documented status and shape, never a 5xx', async () => {
    const operations = Object.entries(doc.paths as Record<string, Record<string, JsonSchema>>).flatMap(
      ([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );
    expect(operations.length).toBeGreaterThan(20);
    for (const { path, method, operation } of operations) {
      await fc.assert(
        fc.asyncProperty(requestFor(path, operation), async (r) => {
          const res = await send(method, operation, r);
          const where = `${method.toUpperCase()} ${r.path}: ${res.status}`;
          if (process.env.FUZZ_LOG) process.stderr.write(`${method} ${path} ${res.status}\n`);
          expect(res.status, where).toBeLessThan(500);
          expect(Object.keys(operation.responses), where).toContain(String(res.status));
          const schema = documentedSchema(method, path, res.status);
          const text = await res.text();
          if (!schema || !text) return;
          const value = (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
          const parsed = schema.safeParse(value);
          expect(parsed.success, `${where} ${text.slice(0, 300)} ${parsed.error?.message ?? ''}`).toBe(true);
        }),
        { numRuns: RUNS_PER_OPERATION, seed: Number(process.env.FUZZ_SEED ?? 11), endOnFailure: true },
      );
    }
  }, 120_000);
});
