// Every CLI command, in the order `microreach help` lists them.
import type { Command } from '../command.ts';
import { fetchInstagramCommand } from './fetch-instagram.ts';
import { fetchYouTubeCommand } from './fetch-youtube.ts';
import { importInstagramCommand } from './import-instagram.ts';
import { importYouTubeCommand } from './import-youtube.ts';

export const commands: Command[] = [
  importInstagramCommand,
  importYouTubeCommand,
  fetchInstagramCommand,
  fetchYouTubeCommand,
];
