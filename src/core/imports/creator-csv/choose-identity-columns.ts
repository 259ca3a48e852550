// Which identity-like column holds handles and which display names is decided by content: the
// headers of real exports swap them ("name" holds handles and "instagram name" display names in one
// month, the other way round in the next).

export interface IdentityCandidate {
  column: number;
  hint: 'handle' | 'name';
  /** Share of the column's filled cells that are valid handles for the row's platform (0–1). */
  handleShare: number;
}

export interface IdentityChoice {
  handle?: number;
  displayName?: number;
  /** Identity-like columns left unused. */
  unused: number[];
}

/**
 * The handle column is the candidate whose values are most often valid handles (ties: a header that
 * says handle, then the leftmost); the display name is the least handle-like of the others. When the
 * file also has per-platform handle columns ("instagram", "tiktok"), a generic column becomes the
 * handle only when its header says so ("username") and most of its values are handles; a "name"
 * column there is a display name, even when short names ("Ana") would pass as handles.
 */
export function chooseIdentityColumns(
  candidates: readonly IdentityCandidate[],
  hasPlatformHandleColumns: boolean,
): IdentityChoice {
  const byHandleShare = [...candidates].sort(
    (a, b) =>
      b.handleShare - a.handleShare || Number(b.hint === 'handle') - Number(a.hint === 'handle') || a.column - b.column,
  );
  const best = byHandleShare[0];
  const handle =
    best && (!hasPlatformHandleColumns || (best.hint === 'handle' && best.handleShare > 0.5)) ? best : undefined;
  const others = byHandleShare.filter((c) => c !== handle);
  const displayName = others.length
    ? others.reduce((least, c) =>
        c.handleShare < least.handleShare ||
        (c.handleShare === least.handleShare && c.hint === 'name' && least.hint !== 'name')
          ? c
          : least,
      )
    : undefined;
  return {
    handle: handle?.column,
    displayName: displayName?.column,
    unused: others
      .filter((c) => c !== displayName)
      .map((c) => c.column)
      .sort((a, b) => a - b),
  };
}
