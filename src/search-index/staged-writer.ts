// Writes arrays to a file one after another, in order, with few system calls: small arrays (most
// posting lists) are gathered into one write of `stage` bytes, large ones are written from their own
// memory. The order is the file format (the snapshot header lists arrays by length, in order), so a
// large array first writes out whatever small ones are staged before it.
import type { FileHandle } from 'node:fs/promises';

type Bytes = { buffer: ArrayBufferLike; byteOffset: number; byteLength: number };

export class StagedWriter {
  private readonly stage: Buffer;
  private used = 0;
  constructor(
    private readonly handle: FileHandle,
    private readonly signal?: AbortSignal,
    stageBytes = 4 << 20,
  ) {
    this.stage = Buffer.allocUnsafe(stageBytes);
  }

  async add(a: Bytes): Promise<void> {
    const bytes = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    if (bytes.length >= this.stage.length / 2) {
      // Staged arrays come before this one in the file, whether or not they would fit beside it.
      await this.flush();
      this.signal?.throwIfAborted();
      await writeAll(this.handle, bytes);
      return;
    }
    if (this.used + bytes.length > this.stage.length) await this.flush();
    bytes.copy(this.stage, this.used);
    this.used += bytes.length;
  }

  async flush(): Promise<void> {
    this.signal?.throwIfAborted();
    if (this.used > 0) await writeAll(this.handle, this.stage.subarray(0, this.used));
    this.used = 0;
  }
}

async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  for (let at = 0; at < bytes.length; )
    at += (await handle.write(bytes, at, Math.min(bytes.length - at, 1 << 28))).bytesWritten;
}
