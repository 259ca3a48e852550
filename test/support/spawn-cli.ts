// Runs `microreach` as its own process (bin/microreach.js), for tests that need a second writer on
// the same database file or a process they can kill -9.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'microreach.js');

export interface SpawnedCli {
  child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal) and what it printed. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>;
}

export function spawnCli(args: string[], env: Record<string, string>): SpawnedCli {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (b: Buffer) => { out += b.toString('utf8'); });
  child.stderr!.on('data', (b: Buffer) => { err += b.toString('utf8'); });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal, out, err }));
  });
  return { child, exited };
}

/** A creator CSV of `rows` distinct Instagram creators (handle, name, followers, engagement rate). */
export function writeCreatorCsv(dir: string, name: string, rows: number): string {
  const lines = ['handle,name,followers,er'];
  for (let i = 0; i < rows; i++) lines.push(`creator_${i},Creator ${i},${10 + (i % 90)}.${i % 10}k,${1 + (i % 5)}.${i % 10}%`);
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}
