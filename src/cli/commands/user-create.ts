import { readFileSync } from 'node:fs';
import { AppError } from '../../core/app-error.ts';
import { isRole, ROLES } from '../../core/access/roles.ts';
import { createUser } from '../../services/access/create-user.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';

const usage = `microreach user create --email E --workspace W --role ${ROLES.join('|')} --password-file F [--json]`;

export const userCreateCommand: Command = {
  path: ['user', 'create'],
  usage,
  summary:
    'Create a user (or add an existing one, proving the password) with a role in a workspace; the workspace is created when missing.',
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(
      args,
      {
        email: { type: 'string' },
        workspace: { type: 'string' },
        role: { type: 'string' },
        'password-file': { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      usage,
    );
    if (!values.email || !values.workspace || !values['password-file'])
      throw new AppError('bad_request', `--email, --workspace and --password-file are required\nusage: ${usage}`);
    const role = values.role ?? 'owner';
    if (!isRole(role)) throw new AppError('bad_request', `--role must be one of ${ROLES.join(', ')}, got "${role}"`);
    // From a file, so the password stays out of the shell history and the process list.
    let password: string;
    try {
      password = readFileSync(values['password-file'], 'utf8').replace(/\r?\n$/, '');
    } catch (error) {
      throw new AppError(
        'bad_request',
        `Cannot read --password-file ${values['password-file']}: ${(error as Error).message}`,
      );
    }
    const made = await createUser(await ctx.db(), { email: values.email, password, workspace: values.workspace, role });
    if (values.json)
      ctx.out(JSON.stringify({ user_id: made.userId, workspace_id: made.workspaceId, created: made.created, role }));
    else
      ctx.out(
        `${made.created ? 'Created' : 'Added'} ${values.email.trim().toLowerCase()} as ${role} of workspace ${values.workspace}; sign in at /login.`,
      );
  },
};
