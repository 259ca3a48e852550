import { describe, expect, it } from 'vitest';
import { chooseIdentityColumns } from '../../../../src/core/imports/creator-csv/choose-identity-columns.ts';

describe('chooseIdentityColumns', () => {
  it('takes the most handle-like column as the handle, whatever the headers say', () => {
    expect(
      chooseIdentityColumns(
        [
          { column: 1, hint: 'name', handleShare: 0.99 },
          { column: 2, hint: 'name', handleShare: 0.4 },
        ],
        false,
      ),
    ).toEqual({ handle: 1, displayName: 2, unused: [] });
    expect(
      chooseIdentityColumns(
        [
          { column: 0, hint: 'name', handleShare: 0.3 },
          { column: 1, hint: 'handle', handleShare: 0.9 },
        ],
        false,
      ),
    ).toEqual({ handle: 1, displayName: 0, unused: [] });
    // Content beats a header that says "handle" (instagram-jun-2022.csv has handles under "instagram name").
    expect(
      chooseIdentityColumns(
        [
          { column: 0, hint: 'handle', handleShare: 0.2 },
          { column: 1, hint: 'name', handleShare: 0.95 },
        ],
        false,
      ),
    ).toEqual({ handle: 1, displayName: 0, unused: [] });
  });

  it('breaks a tie with the header hint, then the leftmost column', () => {
    expect(
      chooseIdentityColumns(
        [
          { column: 0, hint: 'name', handleShare: 1 },
          { column: 3, hint: 'handle', handleShare: 1 },
        ],
        false,
      ).handle,
    ).toBe(3);
    expect(
      chooseIdentityColumns(
        [
          { column: 4, hint: 'name', handleShare: 0.5 },
          { column: 2, hint: 'name', handleShare: 0.5 },
        ],
        false,
      ),
    ).toEqual({ handle: 2, displayName: 4, unused: [] });
  });

  it('keeps a lone column as the handle even when few values are handles (rows are rejected one by one)', () => {
    expect(chooseIdentityColumns([{ column: 0, hint: 'name', handleShare: 0.1 }], false)).toEqual({
      handle: 0,
      displayName: undefined,
      unused: [],
    });
  });

  it('with per-platform handle columns, reads a generic column as the handle only when its header and content say so', () => {
    expect(chooseIdentityColumns([{ column: 0, hint: 'handle', handleShare: 0.9 }], true)).toEqual({
      handle: 0,
      displayName: undefined,
      unused: [],
    });
    expect(chooseIdentityColumns([{ column: 0, hint: 'handle', handleShare: 0.2 }], true)).toEqual({
      handle: undefined,
      displayName: 0,
      unused: [],
    });
    expect(chooseIdentityColumns([{ column: 0, hint: 'name', handleShare: 1 }], true)).toEqual({
      handle: undefined,
      displayName: 0,
      unused: [],
    });
  });

  it('reports a third identity column as unused', () => {
    expect(
      chooseIdentityColumns(
        [
          { column: 0, hint: 'handle', handleShare: 1 },
          { column: 1, hint: 'name', handleShare: 0.1 },
          { column: 2, hint: 'name', handleShare: 0.6 },
        ],
        false,
      ),
    ).toEqual({ handle: 0, displayName: 1, unused: [2] });
  });
});
