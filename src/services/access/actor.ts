import type { Permission } from '../../core/access/permissions.ts';
import type { Role } from '../../core/access/roles.ts';

/** Who is making a request: always exactly one workspace, with the role and permissions held there. */
export interface Actor {
  workspaceId: number;
  workspaceSlug: string;
  via: 'token' | 'session' | 'demo';
  /** null for the demo session and for workspace tokens made before users existed. */
  userId: number | null;
  /** As shown in the audit log: the user's email, "demo" or "token mr_abc…". */
  label: string;
  role: Role;
  permissions: Permission[];
  /** The API token of the request, or the token the session was opened with. */
  tokenId: number | null;
  /** SHA-256 of the session id (browser requests only). */
  sessionHash: string | null;
}
