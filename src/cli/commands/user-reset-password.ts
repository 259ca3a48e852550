import { AppError } from '../../core/app-error.ts';
import { createPasswordReset } from '../../services/access/password-reset.ts';
import { findUserByEmail } from '../../storage/access/users.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';

const usage = 'microreach user reset-password --email E';

export const userResetPasswordCommand: Command = {
  path: ['user', 'reset-password'],
  usage,
  summary: 'Print a password reset link for a user (valid 1 hour, used once; mail is not sent yet).',
  run: async (args, ctx) => {
    const { values } = parseCommandArgs(args, { email: { type: 'string' } }, usage);
    if (!values.email) throw new AppError('bad_request', `--email is required\nusage: ${usage}`);
    const db = await ctx.db();
    const user = await findUserByEmail(db, values.email);
    if (!user) throw new AppError('not_found', `No user ${values.email}`);
    const reset = await createPasswordReset(db, user.id);
    ctx.out(
      `Open this link on the server's address (valid until ${reset.expiresAt}):\nhttp://${ctx.config.host}:${ctx.config.port}${reset.path}`,
    );
  },
};
