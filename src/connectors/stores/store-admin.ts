// A store's Admin API as far as discount codes go: look a code up, create it, deactivate it. Each
// platform folder implements it (shopify/admin-client.ts, woocommerce/admin-client.ts); the store's
// own error words travel in StoreAdminError so the app can show them.
import type { StoreDiscount } from '../../core/codes/store-discount.ts';
import type { FetchFn } from '../http/get-json.ts';

export interface StoreCodeRef {
  /** The store's id of the code (Shopify DiscountCodeNode gid, WooCommerce coupon id). */
  ref: string;
  active: boolean;
}

export interface StoreAdminClient {
  /** The code as the store holds it, or null when the store has no such code. */
  findCode(code: string): Promise<StoreCodeRef | null>;
  createCode(discount: StoreDiscount): Promise<StoreCodeRef>;
  deactivateCode(ref: string): Promise<void>;
}

export interface StoreAdminOptions {
  adminUrl: string;
  credentials: Record<string, string>;
  fetch?: FetchFn;
  timeoutMs?: number;
}

export interface StoreAdmin {
  /** The credential fields a connection must give (stored sealed). */
  readonly credentialFields: readonly string[];
  /** The admin URL when none is given, from the shop's domain; null when it cannot be derived. */
  defaultAdminUrl(shop: string | null): string | null;
  client(options: StoreAdminOptions): StoreAdminClient;
}

/** The store refused or failed a request; `message` is the store's own words (userErrors, REST error). */
export class StoreAdminError extends Error {
  constructor(
    message: string,
    /** false when a retry may succeed (timeouts, 5xx, throttling). */
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'StoreAdminError';
  }
}

/** One JSON request to a store's Admin API with a timeout; network failures become StoreAdminError. */
export async function storeRequest(
  api: string,
  url: URL,
  init: { method: string; headers: Record<string, string>; body?: string },
  options: Pick<StoreAdminOptions, 'fetch' | 'timeoutMs'>,
): Promise<{ status: number; body: unknown; text: string; headers: Headers }> {
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method: init.method,
      headers: { accept: 'application/json', ...init.headers },
      ...(init.body === undefined ? {} : { body: init.body }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
    });
  } catch (error) {
    const cause =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new StoreAdminError(`could not reach the ${api} (${init.method} ${url.pathname}): ${cause}`, false);
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, body, text, headers: response.headers };
}
