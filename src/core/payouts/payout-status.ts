// A batch is a draft (lines can be excluded) until it is paid; a line is proposed, excluded (with a
// reason), processing (sent to a provider), paid, or failed (back to payable with the provider's reason).
export const PAYOUT_BATCH_STATUSES = ['draft', 'paid'] as const;
export type PayoutBatchStatus = (typeof PAYOUT_BATCH_STATUSES)[number];
export const PAYOUT_LINE_STATUSES = ['proposed', 'excluded', 'processing', 'paid', 'failed'] as const;
export type PayoutLineStatus = (typeof PAYOUT_LINE_STATUSES)[number];
