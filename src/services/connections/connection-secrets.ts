// Tokens of a connection, sealed with the installation key. The label binds each ciphertext to its row, provider
// and kind, so a sealed token cannot be moved to another connection or swapped between access and refresh.
import { open, seal } from '../../core/crypto/secret-box.ts';
import type { ProviderTokens } from '../../connectors/oauth/oauth-provider.ts';
import type { ConnectionRow, SealedTokens } from '../../storage/connections/creator-connections.ts';

const label = (id: number, provider: string, kind: 'access' | 'refresh') => `connection:${id}:${provider}:${kind}`;

export function sealTokens(key: Buffer, id: number, provider: string, t: ProviderTokens): SealedTokens {
  return {
    accessCiphertext: seal(key, t.accessToken, label(id, provider, 'access')),
    refreshCiphertext: t.refreshToken === null ? null : seal(key, t.refreshToken, label(id, provider, 'refresh')),
    accessExpiresAt: t.accessExpiresAt,
    refreshExpiresAt: t.refreshExpiresAt,
  };
}

export function openTokens(key: Buffer, row: ConnectionRow): ProviderTokens {
  const id = Number(row.id);
  return {
    accessToken: open(key, row.access_ciphertext, label(id, row.provider, 'access')),
    refreshToken: row.refresh_ciphertext ? open(key, row.refresh_ciphertext, label(id, row.provider, 'refresh')) : null,
    accessExpiresAt: row.access_expires_at,
    refreshExpiresAt: row.refresh_expires_at,
    scope: row.scope,
  };
}
