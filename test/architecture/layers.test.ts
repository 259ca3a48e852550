// The dependency rule of ARCHITECTURE.md as a check: every import of src/ and web/src/ is read with the
// TypeScript parser (static, dynamic, `export … from`, `import('…')` types) and held against the layers.
// A failure lists each offending file, the import as written, and the rule it breaks.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

interface Rule {
  /** Files under this folder follow the rule. */
  from: string;
  /** Project folders they may import (everything else in the project is forbidden)… */
  allow?: string[];
  /** …or the project folders they may not import (everything else is allowed). */
  forbid?: string[];
  /** With `allow`: the packages they may import (a package's subpaths included). */
  packages?: string[];
  /** Folders whose types (and only types) may be imported. */
  typesFrom?: string[];
  why: string;
}

const SERVER_LAYERS = ['src/cli/', 'src/http/', 'src/presenters/', 'src/services/'];

const RULES: Rule[] = [
  {
    from: 'src/core/shared/',
    allow: ['src/core/shared/'],
    packages: [],
    why: 'the modules the web app shares with the server hold plain domain constants and pure formatting only',
  },
  {
    from: 'src/core/',
    allow: ['src/core/'],
    packages: ['zod', 'stemmer', 'csv-parse', 'node:crypto'],
    why: 'the core is pure: plain data in, plain data out, no database, HTTP or files',
  },
  {
    from: 'src/storage/',
    forbid: ['src/search-index/', 'src/connectors/', 'src/demo/', ...SERVER_LAYERS],
    why: 'storage reads and writes tables; it knows the core and nothing above it',
  },
  {
    from: 'src/connectors/',
    forbid: ['src/search-index/', ...SERVER_LAYERS],
    why: 'a connector speaks to one outside API; services decide what to do with its answers',
  },
  {
    from: 'src/search-index/',
    forbid: ['src/demo/', ...SERVER_LAYERS],
    why: 'the search index is an engine under the services',
  },
  {
    from: 'src/services/',
    forbid: ['src/cli/', 'src/http/', 'src/presenters/'],
    why: 'services return domain data; presenters, routes and commands shape it',
  },
  {
    from: 'src/presenters/',
    forbid: ['src/cli/', 'src/http/'],
    why: 'presenters shape domain data for JSON, CSV and the terminal, nothing else',
  },
  {
    from: 'web/src/',
    allow: ['web/src/', 'src/core/shared/'],
    typesFrom: ['src/http/schemas/', 'zod'],
    packages: ['react', 'react-dom', 'uqr'],
    why: 'the browser bundle holds no server code: API types (erased) and the shared constants only',
  },
];

/** Engine internals the services must not reach into: they ask the engine, not its columns. */
const ENGINE_ENTRY = ['src/search-index/discovery-engine.ts', 'src/search-index/engine-holder.ts'];

/**
 * Known violations, each owned by a change under way; remove the line with the fix (a stale line fails).
 */
const KNOWN: string[] = [];

interface Import {
  file: string;
  specifier: string;
  target: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** Every module specifier of a file, with whether only types come through it. */
function importsOf(file: string, text: string): Import[] {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    false,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: Import[] = [];
  const add = (node: ts.Expression | undefined, typeOnly: boolean) => {
    if (!node || !ts.isStringLiteralLike(node)) return;
    const specifier = node.text;
    const target = specifier.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), specifier)) : specifier;
    found.push({ file, specifier, target, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const onlyTypes =
        Boolean(clause?.isTypeOnly) ||
        Boolean(
          clause &&
            !clause.name &&
            clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly),
        );
      add(node.moduleSpecifier, onlyTypes);
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal as ts.Expression, true);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const packageOf = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
const under = (path: string, folders: string[] = []) => folders.some((f) => path.startsWith(f));
const isProject = (target: string) => target.startsWith('src/') || target.startsWith('web/') || !/^[@a-z]/.test(target);

/** The rule an import breaks, or null. The first rule whose folder holds the file applies. */
function breaks(imp: Import): Rule | null {
  const rule = RULES.find((r) => imp.file.startsWith(r.from));
  if (!rule) return null;
  const project = isProject(imp.target);
  if (imp.typeOnly && under(project ? imp.target : packageOf(imp.specifier), rule.typesFrom)) return null;
  if (rule.allow) {
    if (project) return under(imp.target, rule.allow) ? null : rule;
    return (rule.packages ?? []).includes(packageOf(imp.specifier)) ? null : rule;
  }
  return project && under(imp.target, rule.forbid) ? rule : null;
}

function allImports(): Import[] {
  return ['src', 'web/src']
    .flatMap(sourceFiles)
    .flatMap((file) => importsOf(file, readFileSync(join(ROOT, file), 'utf8')));
}

describe('the dependency rule (ARCHITECTURE.md "Layers")', () => {
  const imports = allImports();
  const edge = (i: Import) => `${i.file} -> ${i.target}`;

  it('reads the imports of every source file', () => {
    expect(imports.length).toBeGreaterThan(1000);
    expect(imports.some((i) => i.file.startsWith('web/src/') && i.typeOnly)).toBe(true);
  });

  it('has no import that crosses a layer the wrong way', () => {
    const violations = imports
      .filter((i) => !KNOWN.includes(edge(i)))
      .flatMap((i) => {
        const rule = breaks(i);
        return rule ? [`${i.file}: import '${i.specifier}' (${rule.from} → ${i.target}): ${rule.why}`] : [];
      });
    expect(violations, `layer violations:\n${violations.join('\n')}`).toEqual([]);
  });

  it('reaches the search index only through its engine from the services', () => {
    const violations = imports
      .filter(
        (i) =>
          i.file.startsWith('src/services/') &&
          i.target.startsWith('src/search-index/') &&
          !ENGINE_ENTRY.includes(i.target),
      )
      .map((i) => `${i.file}: import '${i.specifier}'`);
    expect(violations, `services reading the engine's internals:\n${violations.join('\n')}`).toEqual([]);
  });

  it('lists only known violations that still exist', () => {
    const stale = KNOWN.filter((k) => !imports.some((i) => edge(i) === k && breaks(i)));
    expect(stale, 'fixed: remove these lines from KNOWN').toEqual([]);
  });
});

/** Kysely queries and raw SQL: they live in storage/ and services/ (ARCHITECTURE.md "Where SQL lives"). */
const QUERY = /\.(selectFrom|insertInto|updateTable|deleteFrom|replaceInto|mergeInto)\(|\bsql`/;
const NO_SQL = [
  'src/core/',
  'src/connectors/',
  'src/search-index/',
  'src/presenters/',
  'src/http/',
  'src/cli/',
  'web/src/',
];
/** vet.ts looks an account up by itself until vetting-eval's change to the vet command lands. */
const KNOWN_SQL = ['src/cli/commands/vet.ts'];

describe('where SQL lives', () => {
  it('has no query outside storage/ and services/ (and the demo writer)', () => {
    const offenders = ['src', 'web/src']
      .flatMap(sourceFiles)
      .filter((f) => under(f, NO_SQL) && !KNOWN_SQL.includes(f))
      .flatMap((f) =>
        readFileSync(join(ROOT, f), 'utf8')
          .split('\n')
          .flatMap((line, i) => (QUERY.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders, `SQL outside storage/ and services/:\n${offenders.join('\n')}`).toEqual([]);
  });

  it('lists only known SQL offenders that still hold SQL', () => {
    expect(KNOWN_SQL.filter((f) => !QUERY.test(readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
  });
});

describe('the import reader', () => {
  it.each([
    ["import { a } from './x.ts';", false],
    ["import type { a } from './x.ts';", true],
    ["import { type a, type b } from './x.ts';", true],
    ["import { type a, b } from './x.ts';", false],
    ["export { a } from './x.ts';", false],
    ["export type { a } from './x.ts';", true],
    ["let r: import('./x.ts').T;", true],
    ["await import('./x.ts');", false],
  ] as const)('%s → type only: %s', (text, typeOnly) => {
    expect(importsOf('src/core/a.ts', text)).toEqual([
      { file: 'src/core/a.ts', specifier: './x.ts', target: 'src/core/x.ts', typeOnly },
    ]);
  });

  it.each([
    ['src/core/a.ts', '../storage/schema.ts', false, 'src/core/'],
    ['src/core/a.ts', 'kysely', false, 'src/core/'],
    ['src/core/a.ts', 'node:fs', false, 'src/core/'],
    ['src/core/a.ts', 'zod', false, null],
    ['src/storage/a.ts', '../search-index/x.ts', false, 'src/storage/'],
    ['src/services/a.ts', '../http/schemas/x.ts', true, 'src/services/'],
    ['src/connectors/a.ts', '../services/x.ts', false, 'src/connectors/'],
    ['web/src/a.ts', '../../src/http/schemas/x.ts', true, null],
    ['web/src/a.ts', '../../src/http/schemas/x.ts', false, 'web/src/'],
    ['web/src/a.ts', '../../src/core/money/x.ts', false, 'web/src/'],
    ['web/src/a.ts', '../../src/core/shared/x.ts', false, null],
  ] as const)('%s importing %s (types only: %s) breaks %s', (file, specifier, typeOnly, rule) => {
    const [imp] = importsOf(file, `import ${typeOnly ? 'type ' : ''}{ x } from '${specifier}';`);
    expect(breaks(imp!)?.from ?? null).toBe(rule);
  });
});
