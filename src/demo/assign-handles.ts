// Handles must be unique per platform across the whole world (and the accounts already stored),
// which makes them the one thing that cannot be made creator by creator in parallel. They are
// settled here, in index order, by whoever coordinates the run; everything else about a creator
// is made from its own random streams.
import { claimHandle } from './claim-handle.ts';
import { makeHandle } from './make-handle.ts';
import { planCreator } from './plan-creator.ts';
import { createRandom, STREAM } from './random.ts';

/** Handles of creators start … end − 1, claimed in `taken` ("platform:handle" keys). */
export function assignHandles(seed: number, start: number, end: number, taken: Set<string>): string[] {
  const handles: string[] = [];
  for (let index = start; index < end; index++) {
    const plan = planCreator(seed, index);
    const rng = createRandom(seed, index, STREAM.handle);
    const base = makeHandle(rng, plan.firstName, plan.lastName, plan.niche.words.handleWords);
    handles.push(
      claimHandle(
        taken,
        plan.accounts.map((a) => a.platform),
        base,
        rng,
      ),
    );
  }
  return handles;
}
