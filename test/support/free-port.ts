// A loopback port for a server a test starts in a child process (Dovecot, `microreach serve`, HAProxy),
// which has to be named before the child binds it. A port from listen(0) lies in the kernel's
// ephemeral range, which every outgoing connection draws from as well: between our check and the
// child's bind, a client socket of another test file could take it (CI once failed with EADDRINUSE).
// Ports below that range are only ever bound on purpose, so they are picked there, at random, and
// never twice by one process.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const LOWEST = 10_000;
const handedOut = new Set<number>();
const below = ephemeralRangeStart();

export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const port = LOWEST + Math.floor(Math.random() * (below - LOWEST));
    if (handedOut.has(port) || !(await canListen(port))) continue;
    handedOut.add(port);
    return port;
  }
  throw new Error(`no free loopback port between ${LOWEST} and ${below} after 100 tries`);
}

function ephemeralRangeStart(): number {
  try {
    const low = Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return low > LOWEST + 1_000 ? low : 32_768;
  } catch {
    return 32_768; // Linux's default; other systems start theirs higher
  }
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
