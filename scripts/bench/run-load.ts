// Runs the load generator in a child process and returns its figures.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  per_second: number;
  p50_ms: number;
  p99_ms: number;
  statuses: Record<string, number>;
  /** The load generator's own CPU time (user + system) over the whole run. */
  cpu_ms: number;
}

const generator = join(dirname(fileURLToPath(import.meta.url)), 'load-generator.ts');

export function runLoad(args: string[], env: Record<string, string> = {}): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', generator, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop()!) as LoadResult)
        : reject(new Error(`load generator exited with ${code}`)),
    );
  });
}
