// Runs `microreach` as its own process, for tests that need a second writer on the same database
// file or a process they can kill -9. It runs the TypeScript sources (bin/dev.ts through tsx's
// loader, in this very node process, so a kill reaches the importer itself): bin/microreach.js
// needs a build (lib/) that a checkout does not have, and a stale build would test old code.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DEV_BIN = join(import.meta.dirname, '..', '..', 'bin', 'dev.ts');

export interface SpawnedCli {
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal) and what it printed. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>;
}

export function spawnCli(args: string[], env: Record<string, string>): SpawnedCli {
  const child = spawn(process.execPath, ['--import', 'tsx', DEV_BIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (b: Buffer) => {
    out += b.toString('utf8');
  });
  child.stderr!.on('data', (b: Buffer) => {
    err += b.toString('utf8');
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>(
    (resolve) => {
      child.on('exit', (code, signal) => resolve({ code, signal, out, err }));
    },
  );
  return { child, exited };
}

/**
 * Polls `ready` until it holds; fails fast (with the child's stderr) when the child exits first, and
 * after `timeoutMs` when it never holds.
 */
export async function waitWhileRunning(
  cli: SpawnedCli,
  ready: () => Promise<boolean>,
  what: string,
  timeoutMs = 120_000,
): Promise<void> {
  let gone: Awaited<SpawnedCli['exited']> | undefined;
  void cli.exited.then((e) => {
    gone = e;
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await ready()) return;
    if (gone)
      throw new Error(
        `the child exited (code ${gone.code}, signal ${gone.signal}) before ${what}\nstderr: ${gone.err}\nstdout: ${gone.out}`,
      );
    if (Date.now() > deadline) throw new Error(`no ${what} after ${timeoutMs} ms (child still running)`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A creator CSV of `rows` distinct Instagram creators (handle, name, followers, engagement rate). */
export function writeCreatorCsv(dir: string, name: string, rows: number): string {
  const lines = ['handle,name,followers,er'];
  for (let i = 0; i < rows; i++)
    lines.push(`creator_${i},Creator ${i},${10 + (i % 90)}.${i % 10}k,${1 + (i % 5)}.${i % 10}%`);
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/**
 * `count` Instagram Graph API Business Discovery responses, one account per file (as the official
 * API returns them), in a new folder `name` under `dir`; returns the file paths.
 */
export function writeBusinessDiscoveryPayloads(dir: string, name: string, count: number): string[] {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const payload = {
      business_discovery: {
        id: String(17_841_400_000_000_000n + BigInt(i)),
        username: `api_creator_${i}`,
        name: `API Creator ${i}`,
        biography: `Creator ${i}`,
        followers_count: 5_000 + i * 7,
        media_count: 100 + (i % 300),
        // A few recent posts, so the derived vetting metrics (and their tier benchmarks) have numbers.
        media: {
          data: Array.from({ length: 6 }, (_, p) => ({
            id: `${17_900_000_000_000_000n + BigInt(i * 10 + p)}`,
            media_type: 'IMAGE',
            caption: `Post ${p} of creator ${i}`,
            like_count: 100 + ((i * 13 + p * 7) % 400),
            comments_count: 3 + ((i + p) % 20),
            permalink: `https://www.instagram.com/p/bd${i}x${p}/`,
            timestamp: `2026-10-${String(10 + p * 3).padStart(2, '0')}T12:00:00+0000`,
          })),
        },
      },
      id: '17841406338772941',
    };
    const path = join(folder, `bd_${i}.json`);
    writeFileSync(path, JSON.stringify(payload));
    paths.push(path);
  }
  return paths;
}
