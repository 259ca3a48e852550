// The money part of the creator's portal: her statement for the link's campaign (the same creatorStatement the
// brand's app and API read, so both see the same figures) and her payout details, masked here so that the full
// IBAN, account number or TIN never reaches a page. Payouts pay her whole balance with the brand, not one campaign
// (their entries carry no campaign), so what was paid and her balance across campaigns come from her full statement.
import { maskPayoutDetails, type PayoutDetails } from '../../core/payouts/payout-details.ts';
import type { DB } from '../../storage/connect.ts';
import type { CreatorBalance } from '../../core/ledger/creator-balance.ts';
import type { StatementLine } from '../../core/ledger/statement.ts';
import { creatorStatement, type CreatorStatement } from '../ledger/creator-statement.ts';
import { loadPayoutDetails } from '../payouts/payout-details-store.ts';
import type { PortalSession } from './open-portal-link.ts';

export interface PortalPayments {
  /** This campaign's entries and balances. */
  statement: CreatorStatement;
  /** All her campaigns with this brand: balances, and the payouts (and returned payouts) themselves. */
  overall: { balances: CreatorBalance[]; payouts: StatementLine[] };
  /** Masked (last 4 characters of identifiers); null when she has given none. */
  details: { masked: PayoutDetails; updatedAt: string } | null;
}

export async function loadPortalPayments(
  db: DB,
  key: Buffer,
  s: Pick<PortalSession, 'workspaceId' | 'campaignId' | 'creatorId'>,
  asOf: string,
): Promise<PortalPayments> {
  const [statement, all, found] = await Promise.all([
    creatorStatement(db, s.workspaceId, s.creatorId, { campaignId: s.campaignId, asOf }),
    creatorStatement(db, s.workspaceId, s.creatorId, { asOf }),
    loadPayoutDetails(db, key, s.workspaceId, [s.creatorId]),
  ]);
  const details = found.get(s.creatorId);
  return {
    statement,
    overall: {
      balances: all.balances,
      payouts: all.lines.filter((l) => l.kind === 'payout' || l.kind === 'payout_return'),
    },
    details: details ? { masked: maskPayoutDetails(details.details), updatedAt: details.updatedAt } : null,
  };
}
