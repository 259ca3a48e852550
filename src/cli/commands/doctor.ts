// `microreach doctor [--repair] [--json]`: checks what a crash can leave behind (accounts discovery
// cannot see, runs stuck in "running", unpublished revisions, failed deliveries, store secrets sealed under another
// installation's key) and repairs what it can.
import { checkInstallation } from '../../services/doctor/check-installation.ts';
import { loadSecretKey } from '../../services/secrets/load-secret-key.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';

const usage = 'microreach doctor [--repair] [--json]';

export const doctorCommand: Command = {
  path: ['doctor'],
  usage,
  summary: 'Check the installation for what a crash can leave behind; --repair fixes what can be fixed safely',
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(
      args,
      {
        repair: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
      usage,
    );
    const results = await checkInstallation(await ctx.db(), {
      repair: values.repair,
      secretKey: () => loadSecretKey(ctx.config),
    });
    const ok = results.every((r) => r.ok);
    if (values.json) {
      ctx.out(JSON.stringify({ ok, checks: results }));
      return ok ? 0 : 1;
    }
    for (const r of results) {
      ctx.out(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}: ${r.detail}${r.repaired ? ` (repaired: ${r.repaired})` : ''}`);
    }
    if (ok) ctx.out('Everything checks out.');
    else ctx.out(`Problems remain${values.repair ? '' : '; `microreach doctor --repair` fixes the repairable ones'}.`);
    return ok ? 0 : 1;
  },
};
