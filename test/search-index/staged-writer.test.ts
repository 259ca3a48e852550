// The snapshot file is its arrays in header order. A large array arriving while small ones are staged
// was written ahead of them: at 200k accounts the audience countries (2.3 MB) landed before the row
// starts (0.9 MB), and every restored row read another array's bytes as its country slice.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { StagedWriter } from '../../src/search-index/staged-writer.ts';

const dir = mkdtempSync(join(tmpdir(), 'staged-writer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('writes every array in the order it was given, whatever their sizes', async () => {
  const file = join(dir, 'out.bin');
  // With a 16-byte stage: 4 bytes staged, 8 bytes (large: at least half the stage) written from its own
  // memory, then small ones filling and overflowing the stage.
  const arrays = [[1, 2, 3, 4], [5, 6, 7, 8, 9, 10, 11, 12], [13, 14, 15], [16, 17, 18, 19, 20, 21, 22], [23]].map(
    (values) => Uint8Array.from(values),
  );
  const handle = await open(file, 'w');
  const out = new StagedWriter(handle, undefined, 16);
  for (const a of arrays) await out.add(a);
  await out.flush();
  await handle.close();
  expect([...readFileSync(file)]).toEqual(arrays.flatMap((a) => [...a]));
});
