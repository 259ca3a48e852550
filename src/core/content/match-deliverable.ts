// Which deliverable a new post counts for: the one named, else the first of the same kind that still needs posts,
// else (one deliverable only) that one; otherwise none, and the post is listed as not matched.
import type { Deliverable } from './deal-terms.ts';

const KIND_OF = { story: 'story', feed_post: 'post', reel: 'post', video: 'post' } as const;

/** `posted` counts posts already matched per deliverable index. Returns an index or null. */
export function matchDeliverable(
  deliverables: Deliverable[],
  posted: number[],
  post: { kind: 'post' | 'story'; requested: number | null },
): number | null {
  if (post.requested !== null)
    return post.requested >= 0 && post.requested < deliverables.length ? post.requested : null;
  const open = deliverables.findIndex((d, i) => KIND_OF[d.type] === post.kind && (posted[i] ?? 0) < d.count);
  if (open >= 0) return open;
  const sameKind = deliverables.findIndex((d) => KIND_OF[d.type] === post.kind);
  if (sameKind >= 0) return sameKind;
  return deliverables.length === 1 ? 0 : null;
}
