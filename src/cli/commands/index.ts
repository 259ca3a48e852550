// Every CLI command, in the order `microreach help` lists them.
import type { Command } from '../command.ts';
import { creatorsListCommand } from './creators-list.ts';
import { serveCommand } from './serve.ts';
import { tokenCreateCommand } from './token-create.ts';
import { vetCommand } from './vet.ts';

export const commands: Command[] = [
  serveCommand,
  creatorsListCommand,
  vetCommand,
  tokenCreateCommand,
];
