// The payment files a payout batch is exported to. Column layouts (test/fixtures/payouts/SOURCE.md):
// - paypal-csv: PayPal Payouts Web file, no header; recipient, amount, currency, customer id, note,
//   wallet; one currency per file.
// - wise-csv: Wise batch template "send by email": name, recipientEmail, paymentReference,
//   receiverType, amountCurrency, amount, sourceCurrency, targetCurrency, type (EMAIL).
// - bank-csv: microreach's own layout for a bank's bulk upload (banks differ; one row per line).
// A line whose creator lacks what the format needs fails the whole export, naming creator and field.
import { AppError, type ErrorDetail } from '../app-error.ts';
import { decimalAmount } from './decimal-amount.ts';
import type { PayoutDetails } from './payout-details.ts';

export const PAYOUT_FILE_FORMATS = ['paypal-csv', 'wise-csv', 'bank-csv'] as const;
export type PayoutFileFormat = (typeof PAYOUT_FILE_FORMATS)[number];

export interface ExportLine {
  lineId: number;
  batchId: number;
  creatorId: number;
  creatorName: string | null;
  currency: string;
  amountMinor: number;
  details: PayoutDetails | null;
}

type Row = string[];

const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csv = (rows: Row[]) => rows.map((r) => r.map(cell).join(',')).join('\r\n') + (rows.length ? '\r\n' : '');
const reference = (l: ExportLine) => `microreach payout ${l.batchId}-${l.lineId}`;
const nameOf = (l: ExportLine) => l.details?.account_holder_name ?? l.creatorName ?? '';

function need(l: ExportLine, value: string | undefined, field: string, problems: ErrorDetail[]): string {
  if (value === undefined || value === '')
    problems.push({
      path: `creator ${l.creatorId}${l.creatorName ? ` (${l.creatorName})` : ''}`,
      message: `no ${field} in the payout details`,
    });
  return value ?? '';
}

const ROWS: Record<PayoutFileFormat, { header: Row | null; row: (l: ExportLine, problems: ErrorDetail[]) => Row }> = {
  'paypal-csv': {
    header: null,
    row: (l, p) => [
      need(l, l.details?.paypal_email ?? l.details?.email, 'PayPal email', p),
      decimalAmount(l.amountMinor, l.currency),
      l.currency,
      `mr-${l.batchId}-${l.lineId}`,
      reference(l),
      'PAYPAL',
    ],
  },
  'wise-csv': {
    header: [
      'name',
      'recipientEmail',
      'paymentReference',
      'receiverType',
      'amountCurrency',
      'amount',
      'sourceCurrency',
      'targetCurrency',
      'type',
    ],
    row: (l, p) => [
      need(l, nameOf(l), 'account holder name', p),
      need(l, l.details?.email ?? l.details?.paypal_email, 'email', p),
      reference(l),
      'PRIVATE',
      'target',
      decimalAmount(l.amountMinor, l.currency),
      l.currency,
      l.currency,
      'EMAIL',
    ],
  },
  'bank-csv': {
    header: [
      'beneficiary_name',
      'iban',
      'bic',
      'account_number',
      'routing_number',
      'bank_country',
      'amount',
      'currency',
      'reference',
    ],
    row: (l, p) => {
      const d = l.details;
      if (d && !d.iban && !(d.account_number && d.routing_number))
        need(l, undefined, 'IBAN (or account and routing numbers)', p);
      return [
        need(l, d ? nameOf(l) : undefined, 'account holder name', p),
        d?.iban ?? '',
        d?.bic ?? '',
        d?.account_number ?? '',
        d?.routing_number ?? '',
        d?.bank_country ?? '',
        decimalAmount(l.amountMinor, l.currency),
        l.currency,
        reference(l),
      ];
    },
  },
};

/** The file's text (CRLF rows). PayPal takes one currency per file: pass it when the lines mix currencies. */
export function payoutFile(format: PayoutFileFormat, lines: readonly ExportLine[], currency?: string): string {
  const chosen = currency === undefined ? lines : lines.filter((l) => l.currency === currency);
  const currencies = [...new Set(chosen.map((l) => l.currency))].sort();
  if (format === 'paypal-csv' && currencies.length > 1)
    throw new AppError(
      'validation_failed',
      `A PayPal Payouts file holds one currency; this batch has ${currencies.join(', ')}`,
      [{ path: 'currency', message: `choose one of ${currencies.join(', ')}` }],
    );
  const problems: ErrorDetail[] = [];
  const rows = chosen.map((l) => ROWS[format].row(l, problems));
  if (problems.length)
    throw new AppError(
      'validation_failed',
      `Cannot export ${format}: ${problems.length} line(s) lack payout details`,
      problems,
    );
  const header = ROWS[format].header;
  return csv(header ? [header, ...rows] : rows);
}
