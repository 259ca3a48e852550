// Request and response schemas of /api/v1/workspace (the caller's workspace settings).
import { z } from 'zod';
import { MAX_ALLOWED_DOMAINS } from '../../core/tracking/allowed-domains.ts';

export const workspaceDomainsSchema = z
  .object({
    domains: z
      .array(z.string().max(300))
      .max(MAX_ALLOWED_DOMAINS)
      .describe(
        'host names tracked links may point to (subdomains included), e.g. ["example.com", "shop.example.com"];' +
          ' lower-cased',
      ),
  })
  .strict();

export type WorkspaceDomainsBody = z.infer<typeof workspaceDomainsSchema>;
