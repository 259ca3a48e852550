// The demo workspace is a sandbox (PRODUCT.md "Creator data layers"): it reads the shared layer and
// writes only its own — no installation-wide data, no change to where its tracked links may point.
import { AppError } from '../../core/app-error.ts';
import { isDemoWorkspace } from '../../storage/workspaces/demo-workspace.ts';
import type { Actor } from './actor.ts';

export const isSandbox = (actor: Actor): boolean => actor.via === 'demo' || isDemoWorkspace(actor.workspaceSlug);

/** Refuses an action the sandbox may not take, saying what it is. */
export function refuseInSandbox(actor: Actor, action: string): void {
  if (isSandbox(actor)) throw new AppError('forbidden', `The demo workspace is a sandbox: it cannot ${action}.`);
}
