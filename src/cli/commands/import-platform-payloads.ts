// `microreach import <platform> FILE.json…`: one command per registered social platform, reading its
// recorded API responses (the connector recognises and parses them).
import { AppError } from '../../core/app-error.ts';
import { SOCIAL_PLATFORMS } from '../../connectors/social-platforms.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { accountOption, observedAtOption } from '../payload-options.ts';
import { readPayloadFiles } from '../read-payload-files.ts';
import { runPayloadImport } from './run-payload-import.ts';

function payloadImportCommand({
  platform,
  api,
  payloads,
  takesAccount,
  brandTags,
}: (typeof SOCIAL_PLATFORMS)[number]): Command {
  const account = takesAccount ? ' [--account HANDLE]' : '';
  const tags = brandTags ? ' [--brand-tags]' : '';
  const usage = `microreach import ${platform} FILE.json…${account}${tags} [--workspace W] [--observed-at DATE] [--json]`;
  return {
    path: ['import', platform],
    usage,
    summary: `Import recorded ${api} responses (${payloads})`,
    run: async (args, ctx) => {
      const { values, positionals } = parseCommandArgs(
        args,
        {
          ...(takesAccount ? { account: { type: 'string' as const } } : {}),
          // The files are the brand's own /tags edge (Instagram): every media in them tagged the brand.
          ...(brandTags ? { 'brand-tags': { type: 'boolean' as const, default: false } } : {}),
          workspace: { type: 'string', default: 'default' },
          'observed-at': { type: 'string' },
          json: { type: 'boolean', default: false },
        },
        usage,
      );
      if (positionals.length === 0) throw new AppError('bad_request', `no files given\nusage: ${usage}`);
      // --account: whose payloads these are when a payload does not say (demographics, counts-only answers).
      const ref = accountOption(platform, 'account' in values ? (values.account as string | undefined) : undefined);
      const observedAt = observedAtOption(values['observed-at']);
      const files = await readPayloadFiles(positionals);
      const { workspace, json } = values;
      const tagged = 'brand-tags' in values && values['brand-tags'] === true;
      return runPayloadImport(ctx, platform, files, { workspace, json, account: ref, observedAt, brandTags: tagged });
    },
  };
}

export const payloadImportCommands: Command[] = SOCIAL_PLATFORMS.map(payloadImportCommand);
