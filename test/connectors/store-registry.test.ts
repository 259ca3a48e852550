// Store platforms are plug-ins: each is one folder under src/connectors/stores exporting a
// StoreConnector, listed once in registry.ts; nothing else in src names a platform.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORE_CONNECTORS, storeConnector } from '../../src/connectors/stores/registry.ts';
import { signBody } from '../../src/core/crypto/verify-hmac.ts';

const SRC = join(import.meta.dirname, '../../src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') || path.endsWith('.tsx') ? [path] : [];
  });

describe('store connector registry', () => {
  it.each(STORE_CONNECTORS.map((c) => [c.id, c] as const))(
    '%s: headers in lower case, topics, a signature check on raw bytes',
    (_id, c) => {
      for (const name of [c.headers.signature, c.headers.topic, c.headers.deliveryId, ...c.headers.keep])
        expect(name).toBe(name.toLowerCase());
      expect(c.topics.length).toBeGreaterThan(0);
      const raw = Buffer.from('{"id":820982911946154508}');
      expect(c.verifySignature('s3cret', raw, signBody('s3cret', raw))).toBe(true);
      expect(c.verifySignature('s3cret', raw, signBody('other', raw))).toBe(false);
      expect(c.verifySignature('s3cret', raw, undefined)).toBe(false);
      expect(storeConnector(c.id)).toBe(c);
    },
  );

  it('knows no other platform, and no inherited name', () => {
    expect(storeConnector('bigcommerce')).toBeUndefined();
    expect(storeConnector('constructor')).toBeUndefined();
  });

  it('no code outside src/connectors/stores names a platform (demo orders are Shopify-shaped data)', () => {
    const offenders: string[] = [];
    for (const file of files(SRC)) {
      const rel = relative(SRC, file);
      // core/orders/store-platforms.ts is the one list of ids (so the web build and schemas need no connector).
      if (rel.startsWith('connectors/stores/') || rel.startsWith('services/demo/')) continue;
      if (rel === 'core/orders/store-platforms.ts') continue;
      const code = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line));
      for (const c of STORE_CONNECTORS) {
        code.forEach((line, i) => {
          if (line.includes(`'${c.id}'`) || line.includes(`"${c.id}"`))
            offenders.push(`${rel}:${i + 1} names '${c.id}'`);
        });
      }
    }
    expect(offenders).toEqual([]);
  });
});
