// /api/openapi.json (the OpenAPI 3.1 document) and /api/docs (its readable reference). Public: they
// describe the API, not a workspace's data. Built once per process.
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { buildOpenApi, type OpenApiDocument } from '../openapi/build-openapi.ts';
import { renderDocs } from '../openapi/render-docs.ts';
import type { AppEnv } from '../context.ts';

const VERSION = (
  JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

let doc: OpenApiDocument | undefined;
let page: string | undefined;
const openApiDocument = () => (doc ??= buildOpenApi({ version: VERSION }));

export const apiDocRoutes = new Hono<AppEnv>()
  .get('/openapi.json', (c) => c.json(openApiDocument()))
  .get('/docs', (c) => c.html((page ??= renderDocs(openApiDocument()))));
