// Which action each API route is: "METHOD /openapi/path" → permission. A route that is not listed
// here is refused to everyone (deny by default); a test enumerates the OpenAPI operations and fails
// on any route missing from this map.
import type { Permission } from './permissions.ts';

export const ROUTE_PERMISSIONS: Record<string, Permission> = {
  'GET /api/v1/me': 'workspace.read',
  'POST /api/v1/me/workspace': 'workspace.read',
  'POST /api/v1/me/totp': 'workspace.read',
  'POST /api/v1/me/totp/confirm': 'workspace.read',
  'POST /api/v1/me/totp/disable': 'workspace.read',
  'GET /api/v1/me/sessions': 'workspace.read',
  'POST /api/v1/me/sessions/{id}/revoke': 'workspace.read',
  'GET /api/v1/creators': 'creators.read',
  'GET /api/v1/creators/{id}': 'creators.read',
  'GET /api/v1/creators/{id}/vetting': 'creators.read',
  'GET /api/v1/accounts/{id}/picture': 'creators.read',
  'POST /api/v1/discover': 'discover.run',
  'POST /api/v1/lookalikes': 'discover.run',
  'POST /api/v1/campaigns': 'campaigns.write',
  'GET /api/v1/campaigns': 'campaigns.read',
  'GET /api/v1/campaigns/{id}': 'campaigns.read',
  'POST /api/v1/campaigns/{id}/creators': 'campaigns.write',
  'GET /api/v1/campaigns/{id}/creators': 'campaigns.read',
  'GET /api/v1/campaigns/{id}/links': 'campaigns.read',
  'GET /api/v1/campaigns/{id}/codes': 'campaigns.read',
  'GET /api/v1/campaigns/{id}/report': 'campaigns.read',
  'GET /api/v1/campaigns/{id}/report.csv': 'campaigns.read',
  'GET /api/v1/orders': 'orders.read',
  'GET /api/v1/webhook-deliveries': 'orders.read',
  'POST /api/v1/webhook-deliveries/{id}/replay': 'webhooks.replay',
  'POST /api/v1/imports': 'creators.import',
  'POST /api/v1/imports/profiles': 'creators.import',
  'GET /api/v1/imports': 'creators.read',
  'GET /api/v1/workspace': 'workspace.read',
  'POST /api/v1/workspace': 'workspace.settings',
  'GET /api/v1/workspace/rates': 'workspace.read',
  'POST /api/v1/workspace/rates': 'rates.manage',
  'GET /api/v1/workspace/stores': 'orders.read',
  'POST /api/v1/workspace/stores': 'stores.manage',
  'GET /api/v1/members': 'members.read',
  'POST /api/v1/members/{id}/role': 'members.manage',
  'POST /api/v1/members/{id}/remove': 'members.manage',
  'POST /api/v1/members/{id}/password-reset': 'members.manage',
  'GET /api/v1/invitations': 'members.manage',
  'POST /api/v1/invitations': 'members.manage',
  'POST /api/v1/invitations/{id}/revoke': 'members.manage',
  'GET /api/v1/tokens': 'tokens.own',
  'POST /api/v1/tokens': 'tokens.own',
  'POST /api/v1/tokens/{id}/revoke': 'tokens.own',
  'GET /api/v1/audit': 'audit.read',
  'GET /api/v1/audit.csv': 'audit.export',
};

/** "GET /api/v1/x/{id}" from a Hono route path ("/api/v1/x/:id"). */
export const routeKey = (method: string, honoPath: string) =>
  `${method.toUpperCase()} ${honoPath.replace(/:(\w+)/g, '{$1}')}`;
