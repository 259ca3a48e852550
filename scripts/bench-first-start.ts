// npm run bench:first-start [-- --creators 3000 --port 3999]
//
// A newcomer's first `npm start`, measured: starts the built server (bin/microreach.js, so run
// `npm run build` first) on a fresh data directory and times, from the spawn, when
//   - the server answers /login,
//   - the sign-in page offers the demo (the button),
//   - the demo answers: a demo session lists creators (HTTP 200 with at least one) and runs the demo brief,
//   - the demo world has grown to the configured size (when it is grown in the background).
// Every line of the server's own output is echoed with its time, so the log shows where the time goes.
// The load average is printed with the figures: the machine may be shared.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    creators: { type: 'string', default: '3000' },
    port: { type: 'string', default: '3999' },
    keep: { type: 'boolean', default: false },
  },
});
const port = Number(values.port);
const base = `http://127.0.0.1:${port}`;
const dir = mkdtempSync(join(tmpdir(), 'microreach-first-start-'));
const started = performance.now();
const at = () => `${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(
  `first start: ${values.creators} demo creators, ${cpus().length} cores, load average ${load()}, data in ${dir}`,
);

const server = spawn(process.execPath, ['bin/microreach.js', 'serve', '--port', String(port)], {
  env: {
    ...process.env,
    MICROREACH_DATA_DIR: dir,
    DATABASE_URL: join(dir, 'microreach.db'),
    MICROREACH_DEMO_CREATORS: values.creators,
    HOST: '127.0.0.1',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let grown = false;
for (const stream of [server.stdout, server.stderr]) {
  stream.setEncoding('utf8');
  stream.on('data', (text: string) => {
    for (const line of text.split(/\r|\n/)) {
      if (!line.trim()) continue;
      console.log(`${at()}  | ${line.trim()}`);
      if (line.includes('Demo world complete')) grown = true;
    }
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const get = async (path: string, cookie?: string) => {
  try {
    return await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  } catch {
    return undefined;
  }
};

try {
  while (!(await get('/login'))?.ok) await sleep(100);
  console.log(`${at()}  serving (/login answers); load ${load()}`);
  while (!(await (await get('/login'))?.text())?.includes('Open the demo workspace')) await sleep(200);
  console.log(`${at()}  the sign-in page offers the demo; load ${load()}`);
  const login = await fetch(`${base}/login/demo`, {
    method: 'POST',
    headers: { origin: base },
    redirect: 'manual',
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const creators = await get('/api/v1/creators?per_page=5', cookie);
  const page = (await creators?.json()) as { total?: number; items?: unknown[] } | undefined;
  console.log(
    `${at()}  demo answers: GET /api/v1/creators ${creators?.status}, ${page?.total ?? page?.items?.length} creators; load ${load()}`,
  );
  const brief = await get('/api/v1/briefs', cookie);
  console.log(`${at()}  GET /api/v1/briefs ${brief?.status}`);
  while (!grown && server.exitCode === null) await sleep(500);
  console.log(`${at()}  demo world at full size; load ${load()}`);
} finally {
  server.kill('SIGINT');
  await new Promise((r) => server.once('exit', r));
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
