// The comment threads an account's recent posts show: followers' comments (niche-specific and
// generic ones, a few regulars) and the creator's replies, at the creator's reply rate, minutes to
// a day later. An engagement pod's posts are dominated by the same ring of handles leaving
// generic praise.
import { commentExternalId } from './external-ids.ts';
import type { DemoPost } from './generate-posts.ts';
import { makePersonHandle } from './make-person-handle.ts';
import type { AccountPlan, CreatorPlan } from './plan-creator.ts';
import type { Random } from './random.ts';
import { ENGLISH_WORDS, LOCAL_WORDS } from './vocabulary/local-words.ts';

export interface DemoComment {
  externalId: string;
  author: string;
  text: string;
  at: number;
  replyTo: string | null;
  byCreator: 0 | 1;
}

/** Who comments on this account's posts besides strangers: regular fans, and a pod's ring. */
export interface Commenters {
  regulars: string[];
  ring: string[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export function pickCommenters(rng: Random, plan: CreatorPlan, account: AccountPlan): Commenters {
  const pod = plan.problem === 'engagement_pod' && account.slot === 0;
  return {
    regulars: Array.from({ length: rng.int(3, 8) }, () => makePersonHandle(rng, plan.nameGroup)),
    ring: pod ? Array.from({ length: rng.int(5, 9) }, () => makePersonHandle(rng, plan.nameGroup)) : [],
  };
}

export function generateComments(
  rng: Random,
  plan: CreatorPlan,
  account: AccountPlan,
  handle: string,
  post: DemoPost,
  commenters: Commenters,
  maxThreads: number,
  asOf: number,
): DemoComment[] {
  const threads = Math.min(post.comments, maxThreads);
  const out: DemoComment[] = [];
  const local = plan.language === 'en' ? undefined : LOCAL_WORDS[plan.language];
  const pod = commenters.ring.length > 0;
  const window = Math.min(asOf, post.postedAt + 5 * 24 * HOUR);
  let seq = 0;

  const tops: { author: string; text: string; at: number }[] = [];
  for (let i = 0; i < threads; i++) {
    const at = Math.min(window - MINUTE, post.postedAt + Math.round(MINUTE + rng.lognormal(3 * HOUR, 1.3)));
    if (at <= post.postedAt) continue;
    if (pod && rng.chance(0.85)) {
      tops.push({ author: rng.pick(commenters.ring), text: generic(rng, local), at });
      continue;
    }
    const author = rng.chance(0.1) ? rng.pick(commenters.regulars) : makePersonHandle(rng, plan.nameGroup);
    const text = rng.chance(0.25)
      ? generic(rng, local)
      : local && rng.chance(0.6)
        ? rng.pick(local.comments)
        : rng.pick(plan.niche.words.comments);
    tops.push({ author, text, at });
  }
  tops.sort((a, b) => a.at - b.at);

  for (const top of tops) {
    const externalId = commentExternalId(rng, account.platform, seq++);
    out.push({ externalId, author: top.author, text: top.text, at: top.at, replyTo: null, byCreator: 0 });
    if (!rng.chance(plan.replyRate)) continue;
    const delay = Math.min(24 * HOUR, Math.max(2 * MINUTE, rng.lognormal(90 * MINUTE, 1.1)));
    // A reply that would come after asOf has not been written yet.
    if (top.at + delay >= asOf) continue;
    const reply = local && rng.chance(0.8) ? rng.pick(local.replies) : rng.pick(ENGLISH_WORDS.replies);
    out.push({
      externalId: commentExternalId(rng, account.platform, seq++),
      author: handle,
      text: `@${top.author} ${reply}`,
      at: Math.round(top.at + delay),
      replyTo: externalId,
      byCreator: 1,
    });
  }
  return out;
}

function generic(rng: Random, local: (typeof LOCAL_WORDS)[keyof typeof LOCAL_WORDS] | undefined): string {
  if (rng.chance(0.35)) return rng.pick(ENGLISH_WORDS.emojiOnly);
  return local && rng.chance(0.5) ? rng.pick(local.generic) : rng.pick(ENGLISH_WORDS.generic);
}
