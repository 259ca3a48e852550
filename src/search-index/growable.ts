// Typed arrays that grow by doubling: the index appends rows (new and updated accounts) without
// copying on every write, and reads stay as fast as plain typed arrays. Every array lives in a
// SharedArrayBuffer, so the scan workers (scan-pool.ts) read the very bytes this thread writes. Growing
// moves the values to a new buffer and leaves the old one as it was: a scan already handed the old
// buffer still reads every row it was given (the next scan is handed the new one).
type TypedArray = Float64Array | Float32Array | Int32Array | Uint8Array | Uint16Array | Uint32Array;
type Ctor<T extends TypedArray> = { new (buffer: SharedArrayBuffer): T; readonly BYTES_PER_ELEMENT: number };

/** A zeroed typed array of `length` values in shared memory. */
export const sharedArray = <T extends TypedArray>(ctor: Ctor<T>, length: number) =>
  new ctor(new SharedArrayBuffer(length * ctor.BYTES_PER_ELEMENT));

export class Growable<T extends TypedArray> {
  data: T;
  length = 0;

  constructor(
    private readonly ctor: Ctor<T>,
    capacity = 1024,
  ) {
    this.data = sharedArray(ctor, Math.max(16, capacity));
  }

  /** A read-only view over values another thread shares (a scan worker's copy of a column). */
  static over<T extends TypedArray>(data: T, length: number): Growable<T> {
    const view = Object.create(Growable.prototype) as Growable<T>;
    view.data = data;
    view.length = length;
    return view;
  }

  push(value: number): number {
    if (this.length === this.data.length) this.grow(this.length * 2);
    this.data[this.length] = value;
    return this.length++;
  }

  /** Makes room for `count` more values and returns the index of the first. */
  reserve(count: number): number {
    if (this.length + count > this.data.length) this.grow(Math.max(this.length * 2, this.length + count));
    const start = this.length;
    this.length += count;
    return start;
  }

  /** Replaces the contents with a copy of `values` (in shared memory, like every other write). */
  assign(values: T): void {
    this.data = sharedArray(this.ctor, Math.max(16, values.length));
    this.data.set(values as never);
    this.length = values.length;
  }

  // Never below 16: an array restored at its exact length can be empty (an index snapshot of no
  // accounts), and doubling 0 gave 0, so every later write fell off the end of a typed array unnoticed.
  private grow(capacity: number): void {
    const next = sharedArray(this.ctor, Math.max(16, capacity));
    next.set(this.data.subarray(0, this.length) as never);
    this.data = next;
  }
}
