import type { Insertable } from 'kysely';
import type { NicheAssignment } from '../../core/discovery/classify-niche.ts';
import type { AccountMetricsTable } from '../../storage/schema.ts';

/** What phase 1 of a refresh writes for one account (plain data, so it can cross threads). */
export interface DerivedRows {
  accountId: number;
  metrics: Insertable<AccountMetricsTable>;
  terms: [string, number][];
  niches: NicheAssignment[];
}
