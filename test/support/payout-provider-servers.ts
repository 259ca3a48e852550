// Local stand-ins for the payout providers, built from their documented requests and responses
// (test/fixtures/payout-providers/SOURCE.md). They refuse malformed requests the way the providers do,
// keep what they accepted for assertions, and can hold an answer back to make a client time out after
// the provider already acted (the case idempotency keys exist for).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const STRIPE_KEY = 'sk_test_microreach';
export const PAYPAL_CLIENT = { id: 'client-id', secret: 'client-secret', webhookId: 'WH-TEST-1', goodSig: 'sig-ok' };

interface Fake {
  origin: string;
  close: () => Promise<void>;
}

async function serve(
  handle: (req: IncomingMessage, body: string, res: ServerResponse) => Promise<void> | void,
): Promise<Fake> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      Promise.resolve(handle(req, body, res)).catch((e) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: String(e) } }));
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

const send = (res: ServerResponse, status: number, body: unknown) => {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface FakeStripe extends Fake {
  transfers: { id: string; amount: number; currency: string; destination: string; key: string }[];
  /** Answers of the next N transfer requests are held back this long (the transfer is made first). */
  holdNext: (count: number, ms: number) => void;
  /** The platform balance (minor units); a transfer above it is refused as Stripe does. */
  setBalance: (minor: number) => void;
}

/** POST /v1/transfers as https://docs.stripe.com/api/transfers/create documents it. */
export async function startFakeStripe(): Promise<FakeStripe> {
  const transfers: FakeStripe['transfers'] = [];
  const byKey = new Map<string, { params: string; answer: unknown }>();
  let hold = { count: 0, ms: 0 };
  let balance = Number.MAX_SAFE_INTEGER;
  const fake = await serve(async (req, body, res) => {
    const invalid = (message: string, param?: string) =>
      send(res, 400, { error: { type: 'invalid_request_error', message, ...(param ? { param } : {}) } });
    if (req.method !== 'POST' || req.url !== '/v1/transfers')
      return send(res, 404, { error: { message: 'Unrecognized request URL' } });
    if (req.headers.authorization !== `Bearer ${STRIPE_KEY}`)
      return send(res, 401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } });
    if (!String(req.headers['content-type']).startsWith('application/x-www-form-urlencoded'))
      return invalid('Invalid request: form-encoded body expected');
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || key.length === 0 || key.length > 255)
      return invalid('Idempotency-Key header expected by this test provider');
    const form = new URLSearchParams(body);
    const amount = form.get('amount') ?? '';
    const currency = form.get('currency') ?? '';
    const destination = form.get('destination') ?? '';
    if (!/^[1-9]\d*$/.test(amount)) return invalid('Invalid positive integer', 'amount');
    if (!/^[a-z]{3}$/.test(currency)) return invalid('Invalid currency: must be a lowercase ISO code', 'currency');
    if (!/^acct_[A-Za-z0-9]+$/.test(destination)) return invalid('No such destination', 'destination');
    if (Number(amount) > balance)
      return send(res, 400, {
        error: {
          type: 'invalid_request_error',
          code: 'balance_insufficient',
          message: 'You have insufficient available funds in your Stripe account.',
        },
      });
    const known = byKey.get(key);
    if (known) {
      if (known.params !== body)
        return send(res, 400, {
          error: {
            type: 'idempotency_error',
            message:
              'Keys for idempotent requests can only be used with the same parameters they were first used with.',
          },
        });
      return send(res, 200, known.answer);
    }
    const metadata: Record<string, string> = {};
    for (const [k, v] of form) {
      const m = /^metadata\[(.+)\]$/.exec(k);
      if (m) metadata[m[1]!] = v;
    }
    const id = `tr_${String(transfers.length + 1).padStart(4, '0')}TEST`;
    const answer = {
      id,
      object: 'transfer',
      amount: Number(amount),
      amount_reversed: 0,
      balance_transaction: `txn_${id}`,
      created: Math.floor(Date.now() / 1000),
      currency,
      description: null,
      destination,
      livemode: false,
      metadata,
      reversals: { object: 'list', data: [], has_more: false, total_count: 0, url: `/v1/transfers/${id}/reversals` },
      reversed: false,
      source_transaction: null,
      source_type: 'card',
      transfer_group: form.get('transfer_group'),
    };
    transfers.push({ id, amount: Number(amount), currency, destination, key });
    byKey.set(key, { params: body, answer });
    if (hold.count > 0) {
      hold.count -= 1;
      await sleep(hold.ms);
    }
    send(res, 200, answer);
  });
  return {
    ...fake,
    transfers,
    holdNext: (count, ms) => (hold = { count, ms }),
    setBalance: (minor) => (balance = minor),
  };
}

export interface FakePayPal extends Fake {
  payouts: {
    senderBatchId: string;
    items: { receiver: string; value: string; currency: string; sender_item_id: string }[];
  }[];
  holdNext: (count: number, ms: number) => void;
}

/** OAuth token, POST /v1/payments/payouts and the webhook verification, as developer.paypal.com documents them. */
export async function startFakePayPal(): Promise<FakePayPal> {
  const payouts: FakePayPal['payouts'] = [];
  const token = 'A21AAtest-token';
  let hold = { count: 0, ms: 0 };
  const fake = await serve(async (req, body, res) => {
    const validation = (issue: string, field: string) =>
      send(res, 400, {
        name: 'VALIDATION_ERROR',
        message: 'Invalid request - see details',
        details: [{ field, issue }],
      });
    if (req.url === '/v1/oauth2/token' && req.method === 'POST') {
      const basic = `Basic ${Buffer.from(`${PAYPAL_CLIENT.id}:${PAYPAL_CLIENT.secret}`).toString('base64')}`;
      if (req.headers.authorization !== basic)
        return send(res, 401, { error: 'invalid_client', error_description: 'Client Authentication failed' });
      if (new URLSearchParams(body).get('grant_type') !== 'client_credentials')
        return send(res, 400, { error: 'unsupported_grant_type' });
      return send(res, 200, {
        scope: 'https://uri.paypal.com/payments/payouts',
        access_token: token,
        token_type: 'Bearer',
        expires_in: 32400,
      });
    }
    if (req.headers.authorization !== `Bearer ${token}`)
      return send(res, 401, {
        name: 'AUTHENTICATION_FAILURE',
        message: 'Authentication failed due to invalid authentication credentials or a missing Authorization header.',
      });
    let json: Record<string, any>;
    try {
      json = JSON.parse(body);
    } catch {
      return send(res, 400, {
        name: 'MALFORMED_REQUEST',
        message: 'Incoming JSON request does not map to API request',
      });
    }
    if (req.url === '/v1/payments/payouts' && req.method === 'POST') {
      const header = json.sender_batch_header;
      if (!header || typeof header.sender_batch_id !== 'string')
        return validation('REQUIRED_FIELD_MISSING', 'sender_batch_header.sender_batch_id');
      if (!Array.isArray(json.items) || json.items.length === 0) return validation('REQUIRED_FIELD_MISSING', 'items');
      for (const [i, item] of json.items.entries()) {
        if (!/^\d+(\.\d{1,2})?$/.test(item?.amount?.value ?? ''))
          return validation('INVALID_AMOUNT', `items[${i}].amount.value`);
        if (!/^[A-Z]{3}$/.test(item?.amount?.currency ?? ''))
          return validation('INVALID_CURRENCY', `items[${i}].amount.currency`);
        if (!/^[^@\s]+@[^@\s]+$/.test(item?.receiver ?? ''))
          return validation('INVALID_RECEIVER', `items[${i}].receiver`);
      }
      if (payouts.some((p) => p.senderBatchId === header.sender_batch_id))
        return send(res, 400, {
          name: 'USER_BUSINESS_ERROR',
          message: 'User business error.',
          details: [{ field: 'SENDER_BATCH_ID', issue: 'Batch with given sender_batch_id already exists', link: [] }],
        });
      payouts.push({
        senderBatchId: header.sender_batch_id,
        items: json.items.map((i: any) => ({
          receiver: i.receiver,
          value: i.amount.value,
          currency: i.amount.currency,
          sender_item_id: i.sender_item_id,
        })),
      });
      if (hold.count > 0) {
        hold.count -= 1;
        await sleep(hold.ms);
      }
      return send(res, 201, {
        batch_header: {
          payout_batch_id: `PB${payouts.length}TEST`,
          batch_status: 'PENDING',
          sender_batch_header: { sender_batch_id: header.sender_batch_id, email_subject: header.email_subject },
        },
        links: [
          {
            href: `/v1/payments/payouts/PB${payouts.length}TEST`,
            rel: 'self',
            method: 'GET',
            encType: 'application/json',
          },
        ],
      });
    }
    if (req.url === '/v1/notifications/verify-webhook-signature' && req.method === 'POST') {
      for (const f of [
        'auth_algo',
        'cert_url',
        'transmission_id',
        'transmission_sig',
        'transmission_time',
        'webhook_id',
        'webhook_event',
      ])
        if (json[f] === undefined) return validation('REQUIRED_FIELD_MISSING', f);
      const ok = json.transmission_sig === PAYPAL_CLIENT.goodSig && json.webhook_id === PAYPAL_CLIENT.webhookId;
      return send(res, 200, { verification_status: ok ? 'SUCCESS' : 'FAILURE' });
    }
    return send(res, 404, { name: 'RESOURCE_NOT_FOUND', message: 'The specified resource does not exist.' });
  });
  return { ...fake, payouts, holdNext: (count, ms) => (hold = { count, ms }) };
}
