// What the inbound side needs from the sending side (services/outreach/stop-enrollments.ts), passed in so
// the inbound pipeline is tested on its own and the sending side stays the one owner of enrollments.
import type { DB } from '../../../storage/connect.ts';

export type StopReason = 'replied' | 'bounced' | 'opted_out';

export interface InboundDeps {
  stopEnrollments(
    db: DB,
    o: { workspaceId: number; creatorId: number; reason: StopReason; now: string },
  ): Promise<number>;
}
