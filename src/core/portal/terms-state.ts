// Where a deal's terms stand, read from its answers (oldest first) and the hash of the terms as they read now:
// accepted only while the accepted text is still the current one (a changed fee or rule asks again).
export type TermsState = 'open' | 'accepted' | 'declined' | 'proposal_pending';

export interface TermsAnswer {
  id: number;
  kind: 'accepted' | 'declined' | 'proposed' | 'proposal_accepted' | 'countered';
  terms_sha256: string | null;
}

export function termsState(answers: TermsAnswer[], currentSha256: string): TermsState {
  const last = answers.at(-1);
  if (!last) return 'open';
  if (last.kind === 'accepted') return last.terms_sha256 === currentSha256 ? 'accepted' : 'open';
  if (last.kind === 'declined') return 'declined';
  if (last.kind === 'proposed') return 'proposal_pending';
  return 'open';
}
