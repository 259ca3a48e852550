// The web app takes domain rules from the server's pure core (one source of truth) and from nothing
// else on the server: its value imports outside web/ must land in src/core, and those core modules
// may import only other core modules (no zod, no node:, no storage), so the browser bundle stays pure.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const webSrc = join(root, 'web', 'src');
const core = join(root, 'src', 'core');

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/** Value imports (and re-exports) of a file; `import type` / `export type` vanish from the bundle. */
function valueImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)) specs.push(m[1]!);
  return specs;
}

describe('web app imports', () => {
  const outside = filesUnder(webSrc).flatMap((file) =>
    valueImports(file)
      .filter((s) => s.startsWith('.'))
      .map((s) => resolve(dirname(file), s))
      .filter((target) => !target.startsWith(webSrc))
      .map((target) => ({ from: relative(root, file), target })),
  );

  it('reaches the server only through src/core', () => {
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.filter((o) => !o.target.startsWith(core + '/'))).toEqual([]);
  });

  it('pulls in only pure core modules (no packages, no node:, nothing outside src/core)', () => {
    const seen = new Set<string>();
    const impure: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of valueImports(file)) {
        if (!spec.startsWith('.')) impure.push(`${relative(root, file)} imports ${spec}`);
        else {
          const target = resolve(dirname(file), spec);
          if (!target.startsWith(core + '/')) impure.push(`${relative(root, file)} imports ${relative(root, target)}`);
          else visit(target);
        }
      }
    };
    for (const o of outside) visit(o.target);
    expect(impure).toEqual([]);
  });
});
