// Every CLI command, in the order `microreach help` lists them.
import type { Command } from '../command.ts';
import { importCreatorsCommand } from './import-creators.ts';

export const commands: Command[] = [importCreatorsCommand];
