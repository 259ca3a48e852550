import { AppError } from '../../core/app-error.ts';
import { createEndpoint } from '../../services/webhooks/create-endpoint.ts';
import { loadSecretKey } from '../../services/secrets/load-secret-key.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { requireWorkspace } from '../workspace-option.ts';

const usage = 'microreach endpoints add --workspace W --url URL [--events a,b] [--json]';

export const endpointsAddCommand: Command = {
  path: ['endpoints', 'add'],
  usage,
  summary:
    'Add an outgoing webhook endpoint (Standard Webhooks signatures); prints its signing secret, shown only once.',
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(
      args,
      {
        workspace: { type: 'string' },
        url: { type: 'string' },
        events: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      usage,
    );
    if (!values.url) throw new AppError('bad_request', `--url is required\nusage: ${usage}`);
    const db = await ctx.db();
    const workspace = await requireWorkspace(db, values.workspace, usage);
    const events = (values.events ?? '')
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    const created = await createEndpoint(
      db,
      loadSecretKey(ctx.config),
      workspace.id,
      { url: values.url, events },
      new Date(),
    );
    if (values.json)
      ctx.out(
        JSON.stringify({
          id: created.id,
          workspace: workspace.slug,
          url: created.url,
          events: created.events,
          secret: created.secret,
        }),
      );
    else
      ctx.out(
        `Endpoint ${created.id} → ${created.url} (${created.events.length ? created.events.join(', ') : 'every event'}).\nSigning secret (shown once): ${created.secret}`,
      );
  },
};
