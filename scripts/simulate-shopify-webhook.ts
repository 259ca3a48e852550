// Sends one correctly signed Shopify webhook delivery to a running microreach, the way Shopify would.
//   npx tsx scripts/simulate-shopify-webhook.ts --workspace acme --secret S [--url http://127.0.0.1:3000]
//     [--topic orders/create] [--file order.json] [--id 123] [--landing "/?mr_cid=…"] [--code ANA10] [--email e]
// Default body: Shopify's own sample order (../shared/data/api-shopify/shopify_python_api_fixture_order.json).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { signBody } from '../src/core/crypto/verify-hmac.ts';
import { unwrapOrder } from '../src/connectors/stores/shopify/schemas.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3000' },
    workspace: { type: 'string' },
    secret: { type: 'string' },
    topic: { type: 'string', default: 'orders/create' },
    file: { type: 'string' },
    id: { type: 'string' },
    landing: { type: 'string' },
    code: { type: 'string' },
    email: { type: 'string' },
    'webhook-id': { type: 'string' },
  },
});
if (!values.workspace || !values.secret) {
  console.error(
    'usage: npx tsx scripts/simulate-shopify-webhook.ts --workspace W --secret S [--url URL] [--topic T] [--file F] [--id N] [--landing URL] [--code C] [--email E]',
  );
  process.exit(2);
}
const file =
  values.file ?? join(import.meta.dirname, '../../shared/data/api-shopify/shopify_python_api_fixture_order.json');
const order = unwrapOrder(JSON.parse(readFileSync(file, 'utf8'))) as Record<string, unknown>;
const patched: Record<string, unknown> = {
  ...order,
  ...(values.id ? { id: Number(values.id) } : {}),
  ...(values.landing ? { landing_site: values.landing } : {}),
  ...(values.code ? { discount_codes: [{ code: values.code, amount: '10.00', type: 'fixed_amount' }] } : {}),
  ...(values.email ? { email: values.email } : {}),
  ...(values.id || values.landing || values.code ? { created_at: new Date().toISOString() } : {}),
};
// Unpatched, the file's bytes are sent as they are: JSON.parse rounds ids above 2^53 (Shopify's test
// order is 820982911946154508), and the server keeps them exact only if they arrive exact.
const unpatched = !values.id && !values.landing && !values.code && !values.email;
const body = unpatched ? readFileSync(file, 'utf8') : JSON.stringify(patched);
const res = await fetch(`${values.url}/webhooks/shopify/${values.workspace}`, {
  method: 'POST',
  body,
  headers: {
    'content-type': 'application/json',
    'x-shopify-topic': values.topic!,
    'x-shopify-hmac-sha256': signBody(values.secret, body),
    'x-shopify-webhook-id': values['webhook-id'] ?? randomUUID(),
    'x-shopify-shop-domain': 'simulated.myshopify.com',
    'x-shopify-api-version': '2025-01',
  },
});
console.log(res.status, await res.text());
