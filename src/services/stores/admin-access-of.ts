import type { AdminAccess } from './connect-store.ts';

/** The Admin API access a connect request gives (any credential field present), or undefined to keep what is stored. */
export function adminAccessOf(given: {
  admin_url?: string | undefined;
  admin_token?: string | undefined;
  consumer_key?: string | undefined;
  consumer_secret?: string | undefined;
}): AdminAccess | undefined {
  const credentials: Record<string, string> = {};
  if (given.admin_token) credentials.admin_token = given.admin_token;
  if (given.consumer_key) credentials.consumer_key = given.consumer_key;
  if (given.consumer_secret) credentials.consumer_secret = given.consumer_secret;
  if (Object.keys(credentials).length === 0 && !given.admin_url) return undefined;
  return { url: given.admin_url ?? null, credentials };
}
