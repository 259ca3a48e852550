// An opt-out through the link in an email (the /u/ page's button, or a mail client's RFC 8058 one-click
// POST): recorded for the whole workspace, and the creator leaves every sequence. Repeats change nothing.
// The caller has verified the token; a workspace or creator deleted since the email went out is no error.
import type { UnsubscribeSubject } from '../../../core/outreach/unsubscribe-token.ts';
import type { DB } from '../../../storage/connect.ts';
import { recordOptOut } from '../../../storage/relationships/opt-outs.ts';
import type { InboundDeps } from './inbound-deps.ts';

export async function optOutByLink(
  db: DB,
  deps: InboundDeps,
  subject: UnsubscribeSubject,
  now: string,
): Promise<{ recorded: boolean; stopped: number }> {
  return db.transaction().execute(async (trx) => {
    const workspace = await trx
      .selectFrom('workspaces')
      .select('id')
      .where('id', '=', subject.workspaceId)
      .executeTakeFirst();
    if (!workspace) return { recorded: false, stopped: 0 };
    const creator = await trx
      .selectFrom('creators')
      .select('id')
      .where('id', '=', subject.creatorId)
      .executeTakeFirst();
    const creatorId = creator ? subject.creatorId : null;
    const recorded = await recordOptOut(trx, {
      workspaceId: subject.workspaceId,
      creatorId,
      email: subject.email,
      source: 'link',
      reason: 'unsubscribe link',
      now,
    });
    const stopped =
      creatorId === null
        ? 0
        : await deps.stopEnrollments(trx, { workspaceId: subject.workspaceId, creatorId, reason: 'opted_out', now });
    return { recorded, stopped };
  });
}
