// What a store platform (Shopify, WooCommerce, …) plugs into microreach: one folder exports one
// StoreConnector, listed once in registry.ts. The webhook route, the intake, order files, the CLI and
// the OpenAPI document all read these; adding a platform touches its folder and the list only.
import type { OrderRecord, RefundRecord } from '../../core/orders/order-record.ts';
import type { StoreAdmin } from './store-admin.ts';
import type { StoreSeeding } from './store-seeding.ts';

/**
 * What a delivery asks for. `order` stores or updates a full order (amounts, status, cancellation,
 * refunds); `restore` does the same and also lifts a deletion; `remove` takes a deleted order out of
 * the figures; `edited` names an order whose new amounts follow in its full form; `refund` adds one.
 */
export type StoreEvent =
  | { kind: 'order'; record: OrderRecord }
  | { kind: 'restore'; record: OrderRecord }
  | { kind: 'remove'; orderExternalId: string }
  | { kind: 'edited'; orderExternalId: string }
  // The validated refund as plain data, read by the connector's parseRefund once the order's currency is
  // known: events are structured-cloned to the delivery writer's thread, which cannot take a function.
  | { kind: 'refund'; orderExternalId: string; refund: unknown }
  | { kind: 'ignore'; reason: string }
  | { kind: 'invalid'; reason: string };

export interface StoreHeaders {
  signature: string;
  topic: string;
  /** The platform's delivery id (re-deliveries carry the same one). */
  deliveryId: string;
  /** Headers kept with a stored delivery (lower case). */
  keep: readonly string[];
}

export interface StoreConnector<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  readonly headers: StoreHeaders;
  /** Topics handled; others are stored as ignored. */
  readonly topics: readonly string[];
  /** Checks the signature header against the raw body, in constant time. Runs before any parsing. */
  verifySignature(secret: string, raw: Uint8Array, signature: string | undefined): boolean;
  /**
   * An unsigned delivery the platform needs a 2xx for (WooCommerce pings a URL when a webhook is
   * saved). Must be a linear scan of the body without a regular expression: it runs before the
   * signature check on hostile input.
   */
  isPing(body: string): boolean;
  /** A topic and its exactly parsed payload (numbers as text) → the event. */
  parseEvent(topic: string, payload: unknown): StoreEvent;
  /** A refund event's `refund` (parsed by this connector's parseEvent) in the order's currency. */
  parseRefund?(refund: unknown, currency: string): RefundRecord;
  /** An order found in an order file or a REST answer of this platform, recognised by its fields. */
  readonly orderFile: {
    matches(item: Record<string, unknown>): boolean;
    /** The order record, or the validation issues (path and message). */
    parse(item: unknown): OrderRecord | { issues: { path: string; message: string }[] };
  };
  /**
   * An exactly parsed payload reduced to what attribution needs (after the retention period): no
   * names, addresses, emails or phone numbers.
   */
  retainForAttribution(payload: unknown): unknown;
  /** The secret as the merchant copies it → the key the platform signs with. */
  signingSecret(typed: string): string;
  /** The platform's Admin/REST client for discount codes (store-admin.ts). */
  readonly admin: StoreAdmin;
  /** The catalog and gift orders (store-seeding.ts). */
  readonly seeding: StoreSeeding;
  /** For the OpenAPI document. */
  readonly docs: { summary: string; headers: { name: string; description: string }[] };
}
