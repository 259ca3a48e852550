// Where a deal's terms stand, read from its answers (oldest first) and the terms as they read now: accepted only
// while the accepted text is still the current one (a changed fee or rule asks again). The first line, "Agreement
// between <brand> and <her>", only names the parties: how she is named there (her platform reference before issue
// 14, her display name since, or a later spelling of it) does not change what she agreed to, so an acceptance
// whose stored text differs only in that line stays accepted. The stored text and its hash stay the evidence.
export type TermsState = 'open' | 'accepted' | 'declined' | 'proposal_pending';

export interface TermsAnswer {
  id: number;
  kind: 'accepted' | 'declined' | 'proposed' | 'proposal_accepted' | 'countered';
  terms_sha256: string | null;
  /** The exact text accepted (acceptances only). */
  terms_text?: string | null;
}

const afterFirstLine = (text: string) => text.slice(text.indexOf('\n') + 1);

export function termsState(answers: TermsAnswer[], current: { sha256: string; text: string }): TermsState {
  const last = answers.at(-1);
  if (!last) return 'open';
  if (last.kind === 'accepted')
    return last.terms_sha256 === current.sha256 ||
      (typeof last.terms_text === 'string' &&
        last.terms_text.includes('\n') &&
        afterFirstLine(last.terms_text) === afterFirstLine(current.text))
      ? 'accepted'
      : 'open';
  if (last.kind === 'declined') return 'declined';
  if (last.kind === 'proposed') return 'proposal_pending';
  return 'open';
}
