// The providers' clients for this installation's configuration. A provider whose app (client id and secret) is not
// configured has no client: the portal shows it as not available instead of a button that cannot work.
import type { ConnectionsConfig } from '../../config.ts';
import { instagramLogin } from '../../connectors/instagram/instagram-login.ts';
import { tiktokLogin } from '../../connectors/tiktok/tiktok-login.ts';
import { googleOAuth } from '../../connectors/youtube/google-oauth.ts';
import type { FetchFn } from '../../connectors/http/get-json.ts';
import type { OAuthProviderClient } from '../../connectors/oauth/oauth-provider.ts';
import type { ConnectionProvider } from '../../core/connections/providers.ts';

export type ConnectionClients = Partial<Record<ConnectionProvider, OAuthProviderClient>>;

export function connectionClients(config: ConnectionsConfig, fetchFn?: FetchFn): ConnectionClients {
  const configured = (p: keyof ConnectionsConfig) => Boolean(config[p].clientId && config[p].clientSecret);
  return {
    ...(configured('instagram') ? { instagram: instagramLogin(config.instagram, fetchFn) } : {}),
    ...(configured('youtube') ? { youtube: googleOAuth(config.youtube, fetchFn) } : {}),
    ...(configured('tiktok') ? { tiktok: tiktokLogin(config.tiktok, fetchFn) } : {}),
  };
}
