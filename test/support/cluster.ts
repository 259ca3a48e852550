// Several `microreach serve` processes on one Postgres schema behind Debian's HAProxy, for the
// multi-instance tests (test/scale). Everything listens on free loopback ports and is stopped by stop().
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';

export const hasHaproxy = (() => {
  try {
    execFileSync('haproxy', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

export interface Instance {
  name: string;
  url: string;
  process: ChildProcess;
  output: string[];
}

export interface Cluster {
  instances: Instance[];
  /** The load balancer's address. */
  url: string;
  /** What HAProxy printed (server state changes), for failure messages. */
  proxyOutput: string[];
  stop: () => Promise<void>;
}

/** A postgres:// URL whose connections use `schema` (libpq `options`, read by node-postgres). */
export function urlWithSearchPath(url: string, schema: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

/** Instances share one data directory (`dataDir` when given, so a test can put a snapshot there first). */
export async function startCluster(
  databaseUrl: string,
  env: Record<string, string>,
  options: { count?: number; dataDir?: string } = {},
): Promise<Cluster> {
  const { count = 3 } = options;
  const dir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'mr-cluster-'));
  const instances: Instance[] = [];
  let proxy: ChildProcess | undefined;
  const proxyOutput: string[] = [];
  const stop = async () => {
    const all = [...instances.map((i) => i.process), ...(proxy ? [proxy] : [])];
    await Promise.all(all.map((child) => stopProcess(child)));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < count; i++) {
      const port = await freePort();
      const name = `mr${i + 1}`;
      // The sources through tsx (no build needed); `serve` of the compiled CLI behaves the same.
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'bin/dev.ts', 'serve', '--no-demo', '--port', String(port)],
        {
          env: {
            ...process.env,
            ...env,
            DATABASE_URL: databaseUrl,
            MICROREACH_DATA_DIR: dir,
            MICROREACH_DEMO_LOGIN: 'off',
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      const output: string[] = [];
      child.stdout!.on('data', (d: Buffer) => output.push(d.toString()));
      child.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
      instances.push({ name, url: `http://127.0.0.1:${port}`, process: child, output });
    }
    await Promise.all(instances.map((i) => waitForHealth(i.url, i)));
    const port = await freePort();
    const config = join(dir, 'haproxy.cfg');
    writeFileSync(config, haproxyConfig(port, instances));
    proxy = spawn('haproxy', ['-db', '-f', config], { stdio: ['ignore', 'pipe', 'pipe'] });
    const proxyLog = proxyOutput;
    proxy.stdout!.on('data', (d: Buffer) => proxyLog.push(d.toString()));
    proxy.stderr!.on('data', (d: Buffer) => proxyLog.push(d.toString()));
    const url = `http://127.0.0.1:${port}`;
    await waitForHealth(url);
    return { instances, url, proxyOutput, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Round robin over the instances; health checks every 250 ms take a dead one out, and a request
 * whose connection is refused is sent to another (retries + redispatch: nothing had reached the server).
 */
export function haproxyConfig(port: number, instances: Instance[]): string {
  return [
    'global',
    '  maxconn 4096',
    'defaults',
    '  mode http',
    '  timeout connect 1s',
    '  timeout client 30s',
    '  timeout server 30s',
    '  retries 3',
    '  option redispatch 1',
    '  option http-server-close',
    'frontend microreach',
    `  bind 127.0.0.1:${port}`,
    '  default_backend servers',
    'backend servers',
    '  balance roundrobin',
    // HTTP/1.1 with a Host header: the server answers a request without one with 400.
    '  option httpchk',
    '  http-check send meth GET uri /health ver HTTP/1.1 hdr Host localhost',
    // Down after two failed checks 250 ms apart (a refused connection fails at once), up after one good one.
    '  timeout check 2s',
    '  default-server inter 250ms fall 2 rise 1',
    ...instances.map((i) => `  server ${i.name} ${new URL(i.url).host} check`),
    '',
  ].join('\n');
}

/** Resolves once the instance's discovery index is ready (/health), with what /health said of it. */
export async function waitForDiscoveryIndex(instance: Instance): Promise<Record<string, unknown>> {
  const deadline = Date.now() + STARTUP_WAIT_MS;
  while (Date.now() < deadline) {
    const health = (await (await fetch(`${instance.url}/health`)).json()) as {
      discovery_index?: Record<string, unknown>;
    };
    if (health.discovery_index?.state === 'ready' || health.discovery_index?.state === 'failed')
      return health.discovery_index;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${instance.name}'s discovery index was not ready in time:\n${instance.output.join('')}`);
}

// A bound on waiting, not a speed assertion: three servers starting through tsx on a 2-core machine
// shared with other work took more than 30 s.
const STARTUP_WAIT_MS = 120_000;

async function waitForHealth(url: string, instance?: Instance): Promise<void> {
  const deadline = Date.now() + STARTUP_WAIT_MS;
  while (Date.now() < deadline) {
    if (instance && instance.process.exitCode !== null) break;
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `${url} did not become healthy within ${STARTUP_WAIT_MS / 1000} s${instance ? `:\n${instance.output.join('')}` : ''}`,
  );
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
