// The index on disk, so a restart at a million accounts loads in seconds instead of rebuilding from
// the database for minutes. One file: a JSON header (format, the database it came from, the data
// revision it was built at, dictionaries, term ids, array lengths) and the raw bytes of every column,
// posting list and slice. Written to a temporary name of its own, flushed and renamed, so a crash
// mid-write never leaves a torn snapshot and processes sharing a data directory never write into each
// other's file (the last rename wins; both are whole). The engine checks the database and revision and
// folds in what changed since (see discovery-engine.ts).
import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Growable, sharedArray } from './growable.ts';
import { StagedWriter } from './staged-writer.ts';
import { findTornSlice } from './find-torn-slice.ts';
import { DiscoveryIndex, Postings } from './discovery-index.ts';

/** Bump when the layout of DiscoveryIndex changes: an older snapshot is then rebuilt, never misread. */
export const SNAPSHOT_FORMAT = 8;
const MAGIC = 'MRINDEX1';

export interface Snapshot {
  index: DiscoveryIndex;
  termIds: Map<string, number>;
  /** The published data revision the index was current with. */
  published: number;
  /** The identity of the database it was built from (storage/discovery/database-identity.ts). */
  database: string;
}

/** A snapshot read from disk, or why there is none to use (missing, another format, unreadable). */
export type SnapshotRead = { snapshot: Snapshot } | { unusable: string };

type Typed = Float64Array | Float32Array | Int32Array | Uint8Array | Uint16Array | Uint32Array;
const TYPES = { Float64Array, Float32Array, Int32Array, Uint8Array, Uint16Array, Uint32Array } as const;
type TypeName = keyof typeof TYPES;
const DICTIONARIES = ['countries', 'languages', 'brands', 'categories', 'countryLabels'] as const;

const columnsOf = (index: DiscoveryIndex) =>
  Object.entries(index).filter((entry): entry is [string, Growable<Typed>] => entry[1] instanceof Growable);

/** The index as it is now, ready to be written while the index keeps changing (see freezeSnapshot). */
export interface FrozenSnapshot {
  header: Record<string, unknown>;
  arrays: { name: string; type: TypeName; pieces: Typed[] }[];
  handles: { of: readonly string[]; count: number };
}

/**
 * Takes the index as it is at this instant, synchronously and without copying its bulk: rows are
 * append-only, so a column's values below its length never change, and a growing column moves to a new
 * buffer (growable.ts), leaving the one held here intact. The only values below the length written
 * again are a row's death (alive, diedAt): those two columns are copied (9 bytes a row). Posting lists
 * and category rows are held as views of their current lengths, df and the counters as numbers. The
 * file written from it is the index of this instant, whatever the revision feed folds in while its
 * bytes are written: the server goes on answering and syncing meanwhile.
 */
export function freezeSnapshot(snapshot: Snapshot): FrozenSnapshot {
  const { index } = snapshot;
  const view = (g: Growable<Typed>) => g.data.subarray(0, g.length);
  const postings = [...index.postings];
  const categories = [...index.categoryRows];
  const one = (name: string, a: Typed) => ({ name, type: a.constructor.name as TypeName, pieces: [a] });
  return {
    header: {
      format: SNAPSHOT_FORMAT,
      database: snapshot.database,
      published: snapshot.published,
      revision: index.revision,
      live: index.live,
      writes: index.writes,
      totalDocLength: index.totalDocLength,
      dictionaries: Object.fromEntries(DICTIONARIES.map((d) => [d, index[d].values.slice()])),
      termIds: [...snapshot.termIds],
    },
    arrays: [
      ...columnsOf(index).map(([name, g]) =>
        one(name, g === index.alive || g === index.diedAt ? view(g).slice() : view(g)),
      ),
      one(
        'postings.terms',
        Int32Array.from(postings, ([id]) => id),
      ),
      one(
        'postings.df',
        Int32Array.from(postings, ([, p]) => p.df),
      ),
      one(
        'postings.lengths',
        Uint32Array.from(postings, ([, p]) => p.rows.length),
      ),
      { name: 'postings.rows', type: 'Int32Array', pieces: postings.map(([, p]) => view(p.rows)) },
      { name: 'postings.weights', type: 'Uint16Array', pieces: postings.map(([, p]) => view(p.weights)) },
      one(
        'categories.ids',
        Int32Array.from(categories, ([id]) => id),
      ),
      one(
        'categories.lengths',
        Uint32Array.from(categories, ([, rows]) => rows.length),
      ),
      { name: 'categories.rows', type: 'Int32Array', pieces: categories.map(([, rows]) => view(rows)) },
    ],
    handles: { of: index.handles, count: index.rows },
  };
}

export async function writeSnapshot(file: string, snapshot: Snapshot, signal?: AbortSignal): Promise<void> {
  await writeFrozenSnapshot(file, freezeSnapshot(snapshot), signal);
}

/**
 * Writes a frozen index in steps that each hold the main thread for a millisecond or two (handles are
 * encoded 50,000 at a time, small posting lists gathered into 4 MB writes, columns written from their
 * own memory), so requests keep being answered. `signal` stops it between two steps (a shutdown out of
 * time): the temporary file is removed and the previous snapshot stays.
 */
export async function writeFrozenSnapshot(file: string, frozen: FrozenSnapshot, signal?: AbortSignal): Promise<void> {
  const handles = await encodeHandles(frozen.handles.of, frozen.handles.count, signal);
  const arrays = [...frozen.arrays, { name: 'handles', type: 'Uint8Array' as TypeName, pieces: handles }];
  const header = Buffer.from(
    JSON.stringify({
      ...frozen.header,
      arrays: arrays.map(({ name, type, pieces }) => ({
        name,
        type,
        length: pieces.reduce((n, p) => n + p.length, 0),
      })),
    }),
  );
  await removeAbandonedTemporaries(file);
  // Random, not the pid alone: two containers sharing a directory can have the same pid.
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await open(temporary, 'w');
    try {
      const prefix = Buffer.alloc(16);
      prefix.write(MAGIC, 0, 'latin1');
      prefix.writeUInt32LE(header.length, 8);
      await handle.write(prefix);
      await handle.write(header);
      const out = new StagedWriter(handle, signal);
      for (const { pieces } of arrays) for (const a of pieces) await out.add(a);
      await out.flush();
      // On disk before the rename, so a power cut after it cannot leave the new name on missing bytes.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** A writer touches its temporary file all the time; one untouched this long was left by a killed process. */
const ABANDONED_AFTER_MS = 15 * 60_000;

/** Removes temporaries of `file` that a killed writer left (hundreds of MB each at a million accounts). */
async function removeAbandonedTemporaries(file: string): Promise<void> {
  const prefix = `${basename(file)}.`;
  const names = await readdir(dirname(file)).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const path = join(dirname(file), name);
    const modified = await stat(path).then(
      (s) => s.mtimeMs,
      () => Date.now(),
    );
    if (Date.now() - modified > ABANDONED_AFTER_MS) await rm(path, { force: true });
  }
}

/** The snapshot in `file`, or why it cannot be used (missing, not a snapshot, another format, torn). */
export async function readSnapshot(file: string): Promise<SnapshotRead> {
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return { unusable: 'there is no snapshot yet' };
  try {
    const prefix = Buffer.alloc(16);
    await handle.read(prefix, 0, 16, 0);
    if (prefix.toString('latin1', 0, 8) !== MAGIC) return { unusable: 'the file is not an index snapshot' };
    const header = Buffer.alloc(prefix.readUInt32LE(8));
    await readAll(handle, header, 16);
    const h = JSON.parse(header.toString());
    if (h.format !== SNAPSHOT_FORMAT)
      return { unusable: `it is of format ${h.format}, this version reads format ${SNAPSHOT_FORMAT}` };
    let position = 16 + header.length;
    const arrays = new Map<string, Typed>();
    for (const { name, type, length } of h.arrays as { name: string; type: TypeName; length: number }[]) {
      // Straight into shared memory, where the index keeps every column (growable.ts).
      const a: Typed = sharedArray<Typed>(TYPES[type], length);
      await readAll(handle, Buffer.from(a.buffer, a.byteOffset, a.byteLength), position);
      position += a.byteLength;
      arrays.set(name, a);
    }
    const termIds = new Map<string, number>(h.termIds);
    const index = restore(h, arrays);
    const torn = findTornSlice(index);
    if (torn) return { unusable: `it is damaged (${torn} points past its values)` };
    return { snapshot: { index, termIds, published: h.published, database: String(h.database) } };
  } catch (error) {
    return { unusable: `it could not be read (${error instanceof Error ? error.message : String(error)})` };
  } finally {
    await handle.close();
  }
}

interface Header {
  published: number;
  revision: number;
  live: number;
  writes: number;
  totalDocLength: number;
  dictionaries: Record<(typeof DICTIONARIES)[number], string[]>;
}

function restore(h: Header, arrays: Map<string, Typed>): DiscoveryIndex {
  const index = new DiscoveryIndex();
  const take = (name: string) => {
    const a = arrays.get(name);
    if (!a) throw new Error(`snapshot lacks ${name}`);
    return a;
  };
  for (const [name, g] of columnsOf(index)) {
    g.data = take(name);
    g.length = g.data.length;
  }
  for (const d of DICTIONARIES) for (const value of h.dictionaries[d].slice(1)) index[d].id(value);
  const fill = (g: Growable<Typed>, source: Typed, from: number, length: number) =>
    g.assign(source.subarray(from, from + length));
  const [terms, df, lengths, rows, weights] = ['terms', 'df', 'lengths', 'rows', 'weights'].map((n) =>
    take(`postings.${n}`),
  );
  for (let i = 0, at = 0; i < terms!.length; at += lengths![i]!, i++) {
    const p = new Postings();
    fill(p.rows, rows!, at, lengths![i]!);
    fill(p.weights, weights!, at, lengths![i]!);
    p.df = df![i]!;
    index.postings.set(terms![i]!, p);
  }
  const [ids, counts, categoryRows] = ['ids', 'lengths', 'rows'].map((n) => take(`categories.${n}`));
  for (let i = 0, at = 0; i < ids!.length; at += counts![i]!, i++) {
    const g = new Growable(Int32Array, 16);
    fill(g, categoryRows!, at, counts![i]!);
    index.categoryRows.set(ids![i]!, g);
  }
  const handleBytes = take('handles'); // (a TextDecoder refuses shared memory; a Buffer reads it)
  const handles = Buffer.from(handleBytes.buffer, handleBytes.byteOffset, handleBytes.byteLength).toString('utf8');
  if (index.rows > 0) for (const handle of handles.split('\n')) index.handles.push(handle);
  for (let row = 0; row < index.rows; row++) {
    if (index.alive.data[row] === 1) index.rowOfAccount.set(index.accountId.data[row]!, row);
    index.noteFollowers(row);
  }
  index.live = h.live;
  index.writes = h.writes;
  index.totalDocLength = h.totalDocLength;
  index.revision = h.revision;
  return index;
}

/** The handles of rows below `count` as UTF-8, one per line, encoded a slice at a time between two turns. */
async function encodeHandles(handles: readonly string[], count: number, signal?: AbortSignal): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (let from = 0; from < count; from += HANDLES_PER_STEP) {
    signal?.throwIfAborted();
    const text = handles.slice(from, Math.min(count, from + HANDLES_PER_STEP)).join('\n');
    out.push(Buffer.from(from === 0 ? text : `\n${text}`));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return out;
}
const HANDLES_PER_STEP = 50_000;

async function readAll(handle: Awaited<ReturnType<typeof open>>, into: Buffer, position: number): Promise<void> {
  for (let at = 0; at < into.length; ) {
    const { bytesRead } = await handle.read(into, at, Math.min(into.length - at, 1 << 28), position + at);
    if (bytesRead === 0) throw new Error('snapshot truncated');
    at += bytesRead;
  }
}
