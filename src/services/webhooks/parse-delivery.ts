// Topic allow-list and payload validation, through the platform's connector. Runs before the database
// is touched: the result is either a typed action or the reason the payload was refused (stored with
// the delivery). Only called for a delivery whose signature was verified (or a WooCommerce ping).
import { parseExactJson } from '../../connectors/stores/parse-exact-json.ts';
import { type GiftOrderEvent, recogniseGiftOrder } from '../../connectors/stores/recognise-gift-order.ts';
import { storeConnector } from '../../connectors/stores/registry.ts';
import type { StoreEvent } from '../../connectors/stores/store-connector.ts';
import type { StorePlatform } from '../../storage/schema.ts';

/** A gift order (made by microreach) is its own action: never a sale. */
export type DeliveryAction = StoreEvent | GiftOrderEvent;

export function parseDelivery(platform: StorePlatform, topic: string, body: string): DeliveryAction {
  const connector = storeConnector(platform);
  if (!connector) return { kind: 'invalid', reason: `no store platform "${platform}"` };
  if (connector.isPing(body)) return { kind: 'ignore', reason: `${connector.label} ping` };
  if (!connector.topics.includes(topic)) return { kind: 'ignore', reason: `topic "${topic}" is not handled` };
  let payload: unknown;
  try {
    payload = parseExactJson(body);
  } catch (error) {
    return { kind: 'invalid', reason: `body is not JSON: ${(error as Error).message}` };
  }
  const gift = recogniseGiftOrder(platform, payload);
  if (gift) return gift;
  try {
    return connector.parseEvent(topic, payload);
  } catch (error) {
    return { kind: 'invalid', reason: (error as Error).message };
  }
}
