// Request and response schemas of people, roles, tokens, sessions, the audit log and workspace settings.
import { z } from 'zod';
import { ALL_PERMISSIONS, type Permission } from '../../core/access/permissions.ts';
import { ROLES } from '../../core/access/roles.ts';
import { STORE_PLATFORMS } from '../../core/orders/store-platforms.ts';

const permission = z.enum(ALL_PERMISSIONS as [Permission, ...Permission[]]);
const role = z.enum(ROLES);

export const meSchema = z.object({
  workspace: z.object({
    id: z.number(),
    slug: z.string(),
    name: z.string(),
    currency: z.string(),
    is_demo: z.boolean(),
  }),
  via: z.enum(['token', 'session', 'demo']),
  user: z
    .object({ id: z.number(), email: z.string(), totp_enabled: z.boolean() })
    .nullable()
    .describe('null for the demo and for legacy workspace tokens'),
  role,
  permissions: z.array(permission).describe('what this caller may do (role, narrowed by token scopes)'),
  workspaces: z
    .array(z.object({ id: z.number(), slug: z.string(), name: z.string(), role }))
    .describe('every workspace of the user, to switch between'),
});

export const switchWorkspaceBody = z.object({ workspace_id: z.number().int().positive() }).strict();
export const totpStartSchema = z.object({ secret: z.string(), uri: z.string() });
export const totpCodeBody = z.object({ code: z.string().regex(/^[0-9 ]{6,7}$/, '6 digits') }).strict();
export const okSchema = z.object({ ok: z.literal(true) });

export const sessionSchema = z.object({
  id: z.string().describe('a public handle of the session (not its secret)'),
  current: z.boolean(),
  via: z.string(),
  workspace: z.string(),
  user_agent: z.string().nullable(),
  created_at: z.string(),
  expires_at: z.string(),
});
export const sessionListSchema = z.object({ items: z.array(sessionSchema) });
export const sessionIdParam = z.object({ id: z.string().regex(/^[0-9a-f]{16}$/, 'a session handle') });

export const memberSchema = z.object({
  id: z.number(),
  email: z.string(),
  role,
  totp_enabled: z.boolean(),
  joined_at: z.string(),
});
export const memberListSchema = z.object({ items: z.array(memberSchema) });
export const roleBody = z.object({ role }).strict();
export const linkSchema = z.object({
  url: z.string().describe('the link to hand over (mail is not sent yet)'),
  expires_at: z.string(),
});

export const invitationSchema = z.object({
  id: z.number(),
  email: z.string(),
  role,
  created_at: z.string(),
  expires_at: z.string(),
  accepted_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
});
export const invitationListSchema = z.object({ items: z.array(invitationSchema) });
export const createInvitationBody = z.object({ email: z.string().min(3).max(320), role }).strict();
export const createdInvitationSchema = invitationSchema.extend({
  url: z.string().describe('the invitation link, valid 7 days, used once'),
});

export const tokenSchema = z.object({
  id: z.number(),
  name: z.string(),
  prefix: z.string(),
  owner: z.string().nullable(),
  scopes: z.array(z.string()).nullable(),
  created_at: z.string(),
  last_used_at: z.string().nullable(),
  expires_at: z.string().nullable(),
  revoked_at: z.string().nullable(),
});
export const tokenListSchema = z.object({ items: z.array(tokenSchema) });
export const createTokenBody = z
  .object({
    name: z.string().min(1).max(80),
    scopes: z.array(permission).min(1).optional().describe('a subset of your permissions; omitted = all of them'),
    expires_in_days: z.number().int().min(1).max(3650).optional(),
  })
  .strict();
export const createdTokenSchema = tokenSchema.extend({
  token: z.string().describe('shown once; only its hash is kept'),
});

export const auditQuery = z
  .object({
    action: z
      .string()
      .max(60)
      .regex(/^[a-z_.]*$/, 'an action or action family, e.g. "token" or "token.created"')
      .optional(),
    user_id: z.coerce.number().int().positive().optional(),
    since: z.iso.datetime().optional(),
    until: z.iso.datetime().optional(),
    before_id: z.coerce
      .number()
      .int()
      .positive()
      .optional()
      .describe('for the next page: the id of the last event seen'),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .strict();
export const auditEventSchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string(),
  user_id: z.number().nullable(),
  action: z.string(),
  target: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export const auditListSchema = z.object({ items: z.array(auditEventSchema) });

export const workspaceSettingsBody = z
  .object({
    name: z.string().trim().min(1).max(80).optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'ISO 4217 code')
      .optional(),
  })
  .strict();
export const workspaceSchema = z.object({ id: z.number(), slug: z.string(), name: z.string(), currency: z.string() });

export const rateSchema = z.object({ from: z.string(), to: z.string(), rate: z.string(), updated_at: z.string() });
export const rateListSchema = z.object({ items: z.array(rateSchema) });
export const setRateBody = z
  .object({ from: z.string().regex(/^[A-Z]{3}$/), to: z.string().regex(/^[A-Z]{3}$/), rate: z.string().max(30) })
  .strict();

export const storeSchema = z.object({
  platform: z.enum(STORE_PLATFORMS),
  shop: z.string().nullable(),
  webhook_url: z.string(),
  connected_at: z.string(),
  last_delivery: z
    .object({ at: z.string(), topic: z.string(), outcome: z.string(), signature_ok: z.boolean() })
    .nullable()
    .describe('the newest delivery received for this platform (the onboarding waits for it)'),
});
export const storeListSchema = z.object({ items: z.array(storeSchema) });
export const connectStoreBody = z
  .object({
    platform: z.enum(STORE_PLATFORMS),
    secret: z.string().min(8).max(500),
    shop: z.string().max(200).nullable().optional(),
    admin_url: z
      .url({ protocol: /^https?$/ })
      .max(500)
      .optional()
      .describe(
        'Admin API address (Shopify GraphQL endpoint, WooCommerce site root); derived from the shop when absent',
      ),
    admin_token: z.string().min(1).max(500).optional().describe('Shopify Admin API access token (stored encrypted)'),
    consumer_key: z.string().min(1).max(500).optional().describe('WooCommerce REST consumer key (stored encrypted)'),
    consumer_secret: z
      .string()
      .min(1)
      .max(500)
      .optional()
      .describe('WooCommerce REST consumer secret (stored encrypted)'),
  })
  .strict();
