// The OpenAPI document is valid OpenAPI 3.1, documents every route the app registers, and the
// reference page renders every operation from it.
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createApp } from '../../src/http/app.ts';
import { OPERATIONS } from '../../src/http/openapi/operations.ts';
import { connect } from '../../src/storage/connect.ts';
import { jsonBody } from '../support/json-body.ts';

// Routes that are not part of the API: the sign-in pages and the web app's own files and routes.
const NOT_API = [
  'GET /login',
  'POST /login',
  'POST /login/demo',
  'POST /logout',
  'GET /setup',
  'POST /setup',
  'GET /invite/{secret}',
  'POST /invite/{secret}',
  'GET /reset/{secret}',
  'POST /reset/{secret}',
  // The creator portal: server-rendered pages reached by a signed magic link.
  'GET /p/{token}',
  'POST /p/{token}/accept',
  'POST /p/{token}/decline',
  'POST /p/{token}/propose',
  'POST /p/{token}/address',
  'POST /p/{token}/drafts',
  'POST /p/{token}/drafts/{draft}/comments',
  'GET /p/{token}/drafts/{draft}/file',
  'POST /p/{token}/posts',
  'POST /p/{token}/payout-details',
  // Connected accounts: to the provider and back (OAuth redirect URI), and disconnect.
  'POST /p/{token}/connect/{provider}',
  'POST /p/{token}/connections/{provider}/disconnect',
  'GET /oauth/{provider}/callback',
  'POST /p/{token}/stories',
  // Meta's Instagram webhook (story mentions): the handshake and the signed deliveries.
  'GET /meta-webhooks/instagram/{workspace}',
  'POST /meta-webhooks/instagram/{workspace}',
  'POST /p/{token}/gifts',
  'GET /api/openapi.json',
  'GET /api/docs',
  'GET /docs/{name}',
  'GET /assets/{file}',
  'GET /',
  'GET /discover',
  'GET /creators',
  'GET /creators/{id}',
  'GET /campaigns',
  'GET /campaigns/{id}',
  'GET /imports',
  'GET /settings',
  'GET /settings/{tab}',
  'GET /onboarding',
  'GET /audit',
  'GET /deliveries',
  'GET /relationships',
  'GET /lists',
  'GET /lists/{id}',
  'GET /tasks',
  'GET /payouts',
  'GET /inbox',
];

describe('OpenAPI document', () => {
  const app = createApp({ db: connect({ dialect: 'sqlite', file: ':memory:' }), config: loadConfig({}) });

  it('is served at /api/openapi.json and validates as OpenAPI 3.1', async () => {
    const res = await app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await jsonBody(res);
    expect(doc.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('documents every route the app registers, and nothing it does not serve', async () => {
    const registered = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}')}`),
    );
    const documented = new Set(OPERATIONS.map((o) => `${o.method.toUpperCase()} ${o.path}`));
    const missing = [...registered].filter((r) => !documented.has(r) && !NOT_API.includes(r));
    expect(missing).toEqual([]);
    expect([...documented].filter((d) => !registered.has(d))).toEqual([]);
    expect(NOT_API.filter((r) => !registered.has(r))).toEqual([]);
  });

  it('describes parameters, bodies, security and the one error format', async () => {
    const doc = await jsonBody(await app.request('/api/openapi.json'));
    const vetting = doc.paths['/api/v1/creators/{id}/vetting'].get;
    expect(
      vetting.parameters.map((p: { name: string; in: string; required: boolean }) => `${p.in}:${p.name}:${p.required}`),
    ).toEqual(['path:id:true', 'query:platform:false', 'query:as_of:false']);
    expect(vetting.security).toEqual([{ bearerAuth: [] }, { sessionCookie: [] }]);
    expect(vetting.responses['404'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
    const list = doc.paths['/api/v1/creators'].get.parameters;
    expect(list.find((p: { name: string }) => p.name === 'per_page')).toMatchObject({
      in: 'query',
      required: false,
      schema: { type: 'integer', default: 50, maximum: 200 },
    });
    const discover = doc.paths['/api/v1/discover'].post.requestBody.content['application/json'].schema;
    expect(Object.keys(discover.properties)).toEqual(
      expect.arrayContaining(['niche', 'followers', 'tiers', 'audience', 'budget_per_post', 'weights', 'like']),
    );
    expect(doc.paths['/api/v1/lookalikes'].post.requestBody.content['application/json'].schema.required).toContain(
      'like',
    );
    expect(
      doc.paths['/api/v1/imports'].post.requestBody.content['multipart/form-data'].schema.properties.file,
    ).toMatchObject({ type: 'string', format: 'binary' });
    expect(doc.components.schemas.Error.properties.error.properties.details.type).toBe('array');
    expect(doc.paths['/webhooks/{platform}/{workspace}'].post.security).toEqual([]);
  });

  it('renders a readable reference without scripts or other hosts', async () => {
    const res = await app.request('/api/docs');
    expect(res.status).toBe(200);
    const page = await res.text();
    for (const op of OPERATIONS) expect(page).toContain(`<code>${op.path}</code>`);
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/(src|href)="https?:/);
    expect(page).toContain('budget_per_post');
  });
});
