// Plain rows a campaign report is computed from (loaded by services/reports/load-report-input.ts).
import type { DealStatus } from '../shared/deal-status.ts';
import type { AttributionRule } from '../attribution/types.ts';
import type { RateRow } from '../money/rate-table.ts';

export interface ReportEnrollment {
  enrollmentId: number;
  creatorId: number;
  creatorName: string | null;
  platform: string;
  handle: string;
  followers: number | null;
  /** Costs in the campaign currency, minor units. */
  feeMinor: number;
  giftedMinor: number;
  shippingMinor: number;
  otherCostMinor: number;
  commissionBps: number;
  /** The fee counts as spend only once the deal is agreed (PRODUCT.md "Spend"). */
  dealStatus: DealStatus;
  impressions: number | null;
  engagements: number | null;
  /** Her gift orders made in the store (PRODUCT.md: spend once the gift order is created), in their currency. */
  gifts?: ReportGift[];
}

/** One created gift order: product cost (null = the store does not say) and shipping (null = unknown). */
export interface ReportGift {
  currency: string;
  costMinor: number | null;
  shippingMinor: number | null;
}

export interface ReportOrder {
  orderId: number;
  enrollmentId: number;
  rule: Exclude<AttributionRule, 'unattributed'>;
  isRepeat: boolean;
  isNewCustomer: boolean | null;
  flags: string[];
  currency: string;
  subtotalMinor: number;
  totalMinor: number;
  refundsMinor: number[];
  cancelled: boolean;
  cogsMinor: number | null;
  paymentFeesMinor: number | null;
  /** Commission the ledger holds for this order (accruals − reversals, order currency): the report shows it. */
  commissionMinor: number;
}

export interface ReportInput {
  campaign: {
    id: number;
    name: string;
    currency: string;
    windowDays: number;
    model: string;
    startsOn: string | null;
    endsOn: string | null;
    cogsBps: number | null;
    paymentFeeBps: number | null;
    paymentFeeFixedMinor: number | null;
  };
  reportCurrency: string;
  rates: RateRow[];
  enrollments: ReportEnrollment[];
  clicks: Map<number, number>;
  orders: ReportOrder[];
}
