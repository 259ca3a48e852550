// Stores orders parsed from a file in transactions of `batchSize`; re-importing the same file changes
// nothing (ingestOrder is idempotent on source + external id). Rejected rows are reported, not stored.
import type { Parsed, Rejection } from '../../core/imports/rejection.ts';
import type { OrderRecord } from '../../core/orders/order-record.ts';
import type { DB } from '../../storage/connect.ts';
import { ingestOrder } from './ingest-order.ts';

export interface OrderImportSummary {
  file: string;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejections: Rejection[];
}

export async function importOrders(
  db: DB,
  workspaceId: number,
  file: string,
  parsed: Parsed<OrderRecord>,
  batchSize = 200,
): Promise<OrderImportSummary> {
  const summary: OrderImportSummary = {
    file,
    imported: 0,
    updated: 0,
    unchanged: 0,
    rejected: parsed.rejections.length,
    rejections: [...parsed.rejections],
  };
  for (let start = 0; start < parsed.records.length; start += batchSize) {
    const batch = parsed.records.slice(start, start + batchSize);
    const counts = await db.transaction().execute(async (trx) => {
      const c = { imported: 0, updated: 0, unchanged: 0 };
      for (const item of batch) {
        const result = await ingestOrder(trx, workspaceId, item.value);
        c[result.created ? 'imported' : result.changed ? 'updated' : 'unchanged'] += 1;
      }
      return c;
    });
    summary.imported += counts.imported;
    summary.updated += counts.updated;
    summary.unchanged += counts.unchanged;
  }
  return summary;
}
