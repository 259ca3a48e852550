// Orders from a file: CSV (columns of order-row-schema.ts), or JSON — an array (or {"orders": [...]})
// of store orders (each store connector recognises its own by their fields) or generic rows.
import { parse } from 'csv-parse/sync';
import { STORE_CONNECTORS } from '../stores/registry.ts';
import { unwrapOrder } from '../stores/shopify/schemas.ts';
import type { Parsed, Rejection } from '../../core/imports/rejection.ts';
import type { OrderRecord } from '../../core/orders/order-record.ts';
import { orderRowSchema, orderRowToRecord } from './order-row-schema.ts';
import { parseExactJson } from '../stores/parse-exact-json.ts';

export function parseOrderFile(fileName: string, content: string): Parsed<OrderRecord> {
  const out: Parsed<OrderRecord> = { records: [], rejections: [], warnings: [] };
  const isJson = /\.json$/i.test(fileName) || /^\s*[[{]/.test(content);
  let items: { label: string; value: unknown }[];
  if (isJson) {
    let data: unknown;
    try {
      data = parseExactJson(content);
    } catch (error) {
      out.rejections.push({ record: fileName, field: '(file)', reason: `not valid JSON: ${(error as Error).message}` });
      return out;
    }
    const list = Array.isArray(data)
      ? data
      : data && typeof data === 'object' && Array.isArray((data as { orders?: unknown }).orders)
        ? (data as { orders: unknown[] }).orders
        : [data];
    items = list.map((value, i) => ({ label: `items[${i}]`, value }));
  } else {
    const rows = parse(content, {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase().replace(/\s+/g, '_')),
      skip_empty_lines: true,
      trim: true,
      bom: true,
    }) as Record<string, string>[];
    items = rows.map((value, i) => ({ label: `row ${i + 2}`, value }));
  }
  for (const item of items) {
    const v = unwrapOrder(item.value) as Record<string, unknown> | null;
    const store = v && typeof v === 'object' ? STORE_CONNECTORS.find((c) => c.orderFile.matches(v)) : undefined;
    try {
      if (store) {
        const parsed = store.orderFile.parse(v);
        if ('issues' in parsed)
          for (const i of parsed.issues.slice(0, 5))
            out.rejections.push(rejection(item.label, i.path === '(root)' ? '(record)' : i.path, i.message));
        else out.records.push({ label: item.label, value: parsed });
        continue;
      }
      const result = orderRowSchema.safeParse(v);
      if (!result.success) {
        for (const issue of result.error.issues.slice(0, 5))
          out.rejections.push(rejection(item.label, issue.path.join('.') || '(record)', issue.message));
        continue;
      }
      out.records.push({ label: item.label, value: orderRowToRecord(result.data) });
    } catch (error) {
      out.rejections.push(rejection(item.label, '(record)', (error as Error).message));
    }
  }
  return out;
}

const rejection = (record: string, field: string, reason: string): Rejection => ({ record, field, reason });
