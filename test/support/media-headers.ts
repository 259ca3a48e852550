// Real small media files for upload tests (test/fixtures/media/SOURCE.md).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const media = (name: string) =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/media/${name}`, import.meta.url))));

export const JPEG_HEADER = media('python.jpg');
export const PNG_IMAGE = media('python.png');
export const MP4_HEADER = media('header-only.mp4');
