// The brand's Instagram token for a workspace (an Instagram user access token of its professional account, or the
// Page access token of Facebook Login, with instagram_manage_messages): what resolves story-mention senders to
// usernames. Sealed with the installation key; the label binds the ciphertext to its workspace.
import { open, seal } from '../../core/crypto/secret-box.ts';
import type { DB } from '../../storage/connect.ts';
import { findBrandInstagramToken, saveBrandInstagramToken } from '../../storage/content/brand-instagram-token.ts';

const label = (workspaceId: number) => `brand-instagram:${workspaceId}`;

export async function connectBrandInstagram(db: DB, key: Buffer, workspaceId: number, token: string, now: string) {
  const replaced = (await findBrandInstagramToken(db, workspaceId)) !== undefined;
  await saveBrandInstagramToken(db, workspaceId, seal(key, token, label(workspaceId)), now);
  return { replaced };
}

/** The workspace's token in the clear, or undefined when none is connected. */
export async function brandInstagramToken(db: DB, key: Buffer, workspaceId: number): Promise<string | undefined> {
  const row = await findBrandInstagramToken(db, workspaceId);
  return row ? open(key, row.access_ciphertext, label(workspaceId)) : undefined;
}
