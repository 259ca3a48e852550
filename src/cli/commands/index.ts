// Every CLI command, in the order `microreach help` lists them.
import type { Command } from '../command.ts';
import { creatorsListCommand } from './creators-list.ts';
import { discoverCommand } from './discover.ts';
import { fetchInstagramCommand } from './fetch-instagram.ts';
import { fetchYouTubeCommand } from './fetch-youtube.ts';
import { importCreatorsCommand } from './import-creators.ts';
import { importInstagramCommand } from './import-instagram.ts';
import { importYouTubeCommand } from './import-youtube.ts';
import { serveCommand } from './serve.ts';
import { tokenCreateCommand } from './token-create.ts';
import { vetCommand } from './vet.ts';

export const commands: Command[] = [
  serveCommand,
  importCreatorsCommand,
  importInstagramCommand,
  importYouTubeCommand,
  fetchInstagramCommand,
  fetchYouTubeCommand,
  creatorsListCommand,
  vetCommand,
  discoverCommand,
  tokenCreateCommand,
];
