// Sealing of endpoint signing secrets (AES-256-GCM under the installation key, bound to the workspace).
import { open, seal } from '../../core/crypto/secret-box.ts';

const label = (workspaceId: number) => `webhook-endpoint:${workspaceId}`;

export const sealEndpointSecret = (key: Buffer, workspaceId: number, secret: string) =>
  seal(key, secret, label(workspaceId));

export const openEndpointSecret = (key: Buffer, workspaceId: number, sealed: string) =>
  open(key, sealed, label(workspaceId));

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
    secrets.push(openEndpointSecret(key, endpoint.workspace_id, endpoint.previous_secret_ciphertext));
  return secrets;
}
