// The merge values of one creator's email. Fields this workspace has no value for stay null, so the
// renderer refuses an email that uses them (a deal's fee or a code is never guessed).
import { firstName, type MergeValues } from './render-template.ts';

export function mergeValues(c: { displayName: string | null; handle: string | null }, brand: string): MergeValues {
  return {
    first_name: firstName(c.displayName),
    name: c.displayName,
    handle: c.handle,
    brand,
  };
}
