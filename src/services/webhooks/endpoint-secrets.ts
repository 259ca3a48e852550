// Sealing of endpoint signing secrets (AES-256-GCM under the installation key, bound to the workspace).
import { seal } from '../../core/crypto/secret-box.ts';
import { openSealedSecret, SealedWithAnotherKeyError } from '../secrets/open-sealed-secret.ts';

const label = (workspaceId: number) => `webhook-endpoint:${workspaceId}`;

export const sealEndpointSecret = (key: Buffer, workspaceId: number, secret: string) =>
  seal(key, secret, label(workspaceId));

export const openEndpointSecret = (key: Buffer, workspaceId: number, sealed: string) =>
  openSealedSecret(key, sealed, label(workspaceId), {
    what: `a webhook endpoint's signing secret (workspace ${workspaceId})`,
    remedy:
      "rotate the endpoint's secret from the server (POST /api/v1/webhook-endpoints/:id/rotate) and give the receiver the new one",
  });

/** The secrets that sign now: the current one, and the previous one while the rotation overlap lasts. */
export function signingSecrets(
  key: Buffer,
  endpoint: {
    workspace_id: number;
    secret_ciphertext: string;
    previous_secret_ciphertext: string | null;
    previous_secret_until: string | null;
  },
  now: Date,
): string[] {
  const secrets = [openEndpointSecret(key, endpoint.workspace_id, endpoint.secret_ciphertext)];
  if (
    endpoint.previous_secret_ciphertext &&
    endpoint.previous_secret_until &&
    endpoint.previous_secret_until > now.toISOString()
  )
    secrets.push(...previousSecret(key, endpoint.workspace_id, endpoint.previous_secret_ciphertext));
  return secrets;
}

// A previous secret sealed under another key is the one a rotation just replaced to repair that: it
// could never sign, so the current secret signs alone instead of every send failing for the overlap.
function previousSecret(key: Buffer, workspaceId: number, sealed: string): string[] {
  try {
    return [openEndpointSecret(key, workspaceId, sealed)];
  } catch (error) {
    if (error instanceof SealedWithAnotherKeyError) return [];
    throw error;
  }
}
