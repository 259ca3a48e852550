// A small load generator for the benches, run as a separate process (so it does not share the event
// loop of the server it measures): keep-alive node:http agents, N concurrent request loops for a
// fixed time (or a fixed number of requests), latency per request. Prints one JSON line.
//   mode redirect: GET <url> with a browser user agent and no cookie (every request a new visitor).
//   mode shopify:  POST signed Shopify orders/create deliveries (distinct order and webhook ids).
//   mode discover: POST /api/v1/discover briefs (a JSON array in the payload file, taken in turn) at a fixed
//                  rate: CONNECTIONS is then briefs per second, started on schedule whether or not the
//                  earlier ones have been answered (an open loop, as independent users would send them).
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';

const [mode, target, connectionsText, limitText, payloadFile] = process.argv.slice(2);
if (!mode || !target || !connectionsText || !limitText)
  throw new Error(
    'usage: load-generator redirect|shopify|discover URL CONNECTIONS|RATE DURATION_MS|COUNT [payload.json]',
  );
const connections = Number(connectionsText);
const limit = Number(limitText);
const url = new URL(target);
// An open loop never waits for a free socket: a slow answer must not hold the next brief back.
const agent = new http.Agent({ keepAlive: true, maxSockets: mode === 'discover' ? 1024 : connections });
const UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const secret = process.env.BENCH_SHOP_SECRET ?? '';
const template = payloadFile ? (JSON.parse(readFileSync(payloadFile, 'utf8')) as Record<string, unknown>) : {};
const briefs = mode === 'discover' ? (template as unknown as unknown[]) : [];
const runId = Date.now();

function request(i: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { 'user-agent': UA };
    let body: string | undefined;
    if (mode === 'shopify') {
      body = JSON.stringify({
        ...template,
        id: (runId % 1_000_000_000) * 100_000 + i,
        name: `#B${i}`,
        email: `customer${i}@example.com`,
        created_at: new Date().toISOString(),
      });
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(body);
      headers['x-shopify-topic'] = 'orders/create';
      headers['x-shopify-webhook-id'] = `bench-${runId}-${i}`;
      headers['x-shopify-hmac-sha256'] = createHmac('sha256', secret).update(body).digest('base64');
    } else if (mode === 'discover') {
      body = JSON.stringify(briefs[i % briefs.length]);
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(body);
      headers.authorization = `Bearer ${process.env.BENCH_TOKEN ?? ''}`;
    }
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: mode === 'redirect' ? 'GET' : 'POST',
        headers,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const latencies: number[] = [];
const statuses = new Map<number, number>();
let issued = 0;
let errors = 0;
const started = performance.now();
const cpuAtStart = process.cpuUsage();
const timed = mode !== 'shopify';
const more = () => (timed ? performance.now() - started < limit : issued < limit);

async function loop(): Promise<void> {
  while (more()) {
    const i = issued++;
    const t0 = performance.now();
    try {
      const status = await request(i);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      latencies.push(performance.now() - t0);
    } catch {
      errors += 1;
    }
  }
}

/** Starts one request every 1/rate s for the duration (catching up after a stall), then waits for all. */
async function openLoop(rate: number): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  while (more()) {
    while (issued < ((performance.now() - started) / 1000) * rate) {
      const i = issued++;
      const t0 = performance.now();
      const one = request(i).then(
        (status) => {
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          latencies.push(performance.now() - t0);
        },
        () => {
          errors += 1;
        },
      );
      inFlight.add(one);
      void one.finally(() => inFlight.delete(one));
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  await Promise.all(inFlight);
}

if (mode === 'discover') await openLoop(connections);
else await Promise.all(Array.from({ length: connections }, loop));
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
agent.destroy();
// Its own CPU (building, signing and sending the requests): on a small machine it shares the cores with the server.
const cpu = process.cpuUsage(cpuAtStart);
process.stdout.write(
  `${JSON.stringify({
    requests: latencies.length,
    errors,
    seconds: elapsed,
    per_second: latencies.length / elapsed,
    p50_ms: pct(50),
    p99_ms: pct(99),
    statuses: Object.fromEntries(statuses),
    cpu_ms: (cpu.user + cpu.system) / 1000,
  })}\n`,
);
