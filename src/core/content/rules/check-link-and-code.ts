import type { CheckedPost, RuleResult } from './rule-result.ts';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Tracked link present when required: its /r/<key> path, with or without the host (`linkPath` = "/r/<key>"). */
export function checkLink(post: CheckedPost, linkPath: string | null): RuleResult {
  if (!linkPath) return { rule: 'link', result: 'unknown', evidence: null, reason: 'the creator has no tracked link' };
  if (post.caption === null)
    return { rule: 'link', result: 'unknown', evidence: null, reason: 'the caption is not known' };
  const path = linkPath;
  const match = new RegExp(`${escapeRegExp(path)}(?![A-Za-z0-9_-])`).exec(post.caption);
  if (match) return { rule: 'link', result: 'pass', evidence: match[0], reason: 'tracked link found' };
  return { rule: 'link', result: 'fail', evidence: null, reason: `the tracked link (${path}) is not in the caption` };
}

/** Discount code present when required: the whole code, case-insensitive (codes are compared the same way at checkout). */
export function checkCode(post: CheckedPost, code: string | null): RuleResult {
  if (!code) return { rule: 'code', result: 'unknown', evidence: null, reason: 'the creator has no discount code' };
  if (post.caption === null)
    return { rule: 'code', result: 'unknown', evidence: null, reason: 'the caption is not known' };
  const match = new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(code)}(?![\\p{L}\\p{N}_])`, 'iu').exec(post.caption);
  if (match) return { rule: 'code', result: 'pass', evidence: match[0], reason: 'discount code found' };
  return { rule: 'code', result: 'fail', evidence: null, reason: `the code ${code} is not in the caption` };
}
