// Every CLI command, in the order `microreach help` lists them.
import type { Command } from '../command.ts';
import { demoCommand } from './demo.ts';

export const commands: Command[] = [demoCommand];
