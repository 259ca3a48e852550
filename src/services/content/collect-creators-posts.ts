// After platform data of some creators is imported or refreshed (runImport, shared layer: payload files, live
// fetches, the creator's connected accounts), their new and updated posts become campaign content in every
// campaign, of any workspace, where they are enrolled. Idempotent: a rerun adds metric snapshots, nothing else.
import type { DB } from '../../storage/connect.ts';
import { enrollmentsOfCreators } from '../../storage/content/enrollments-of-creators.ts';
import { collectEnrollmentPosts } from './collect-enrollment-posts.ts';

/** `found` = campaign posts among their stored posts; `added` = those recorded for the first time. */
export async function collectCreatorsPosts(db: DB, creatorIds: readonly number[], now = new Date().toISOString()) {
  let found = 0;
  let added = 0;
  for (const e of await enrollmentsOfCreators(db, creatorIds)) {
    const r = await collectEnrollmentPosts(db, { ...e, id: Number(e.id) }, now);
    found += r.found;
    added += r.added;
  }
  return { found, added };
}
