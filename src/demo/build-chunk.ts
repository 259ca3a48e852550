// Builds the rows of creators start … start + handles.length − 1. Shared by the in-process path
// and the workers, so both produce the same rows.
import { buildCreator, type BuildContext } from './build-creator.ts';
import { RowBuffers } from './row-buffers.ts';

export interface ChunkCounts {
  creators: number;
  accounts: number;
  posts: number;
  comments: number;
  snapshots: number;
  postSnapshots: number;
  audiences: number;
}

export function buildChunk(
  ctx: Omit<BuildContext, 'buffers'>,
  start: number,
  handles: readonly string[],
): { buffers: RowBuffers; counts: ChunkCounts } {
  const buffers = new RowBuffers();
  const full: BuildContext = { ...ctx, buffers };
  for (let i = 0; i < handles.length; i++) {
    buildCreator(full, start + i, handles[i]!);
    buffers.seal();
  }
  return {
    buffers,
    counts: {
      creators: buffers.rows('creators'),
      accounts: buffers.rows('accounts'),
      posts: buffers.rows('posts'),
      comments: buffers.rows('comments'),
      snapshots: buffers.rows('account_snapshots'),
      postSnapshots: buffers.rows('post_snapshots'),
      audiences: buffers.rows('audiences'),
    },
  };
}
