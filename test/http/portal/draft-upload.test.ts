// The portal's draft file upload through HTTP: a real JPEG or MP4 header is stored as sent; a file whose first bytes
// are not what its type claims is refused; a body over the limit is refused after reading at most the limit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_DRAFT_BYTES } from '../../../src/services/content/submit-draft.ts';
import { portalWorld } from '../../support/portal-world.ts';
import { openTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { JPEG_HEADER, MP4_HEADER } from '../../support/media-headers.ts';

describe('draft file upload', () => {
  let t: TestDatabase;
  let world: Awaited<ReturnType<typeof portalWorld>>;
  beforeEach(async () => {
    t = await openTestDatabase('sqlite');
    world = await portalWorld(t);
  });
  afterEach(async () => t.close());

  const upload = (bytes: Uint8Array, type: string, name: string) => {
    const form = new FormData();
    form.set('file', new File([bytes], name, { type }));
    form.set('comment', 'first cut');
    return world.post('/drafts', form);
  };
  const drafts = () => t.db.selectFrom('content_drafts').select(['file_path', 'file_type', 'file_bytes']).execute();

  it('stores a JPEG and an MP4 whose bytes match their types', async () => {
    expect((await upload(JPEG_HEADER, 'image/jpeg', 'cut.jpg')).status).toBe(303);
    expect((await upload(MP4_HEADER, 'video/mp4', 'cut.mp4')).status).toBe(303);
    const rows = await drafts();
    expect(rows.map((r) => [r.file_type, r.file_bytes])).toEqual([
      ['image/jpeg', JPEG_HEADER.length],
      ['video/mp4', MP4_HEADER.length],
    ]);
    expect(readFileSync(join(world.dataDir, rows[0]!.file_path!))).toEqual(Buffer.from(JPEG_HEADER));
  });

  it('refuses a file whose bytes are not its claimed type, naming the field', async () => {
    const res = await upload(MP4_HEADER, 'image/jpeg', 'fake.jpg');
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('its content is not image/jpeg');
    expect(await drafts()).toEqual([]);
  });

  it('refuses a body over the limit after reading little more than the limit', async () => {
    const chunk = new Uint8Array(256 * 1024);
    const total = MAX_DRAFT_BYTES * 3;
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= total) return controller.close();
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await world.post('/drafts', body, { 'content-type': 'multipart/form-data; boundary=x' });
    expect(res.status).toBe(413);
    expect(res.headers.get('connection')).toBe('close');
    expect(pulled).toBeLessThan(MAX_DRAFT_BYTES + 64 * 1024 + 4 * chunk.length);
    expect(await drafts()).toEqual([]);
  });
});
