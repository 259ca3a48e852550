// Previous / next for a paged list (server pages or slices of a long array): long lists never render
// more than one page of rows.
export function Pager({
  page,
  perPage,
  total,
  onPage,
  label,
}: {
  page: number;
  perPage: number;
  total: number;
  onPage: (p: number) => void;
  label: string;
}) {
  const pages = Math.max(1, Math.ceil(total / perPage));
  if (total <= perPage) return null;
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        ← Previous
      </button>
      <span>
        Page {page} of {pages} · {total.toLocaleString('en-GB')} {label}
      </span>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next →
      </button>
    </nav>
  );
}

/** The rows of one page of an array. */
export const pageOf = <T,>(items: T[], page: number, perPage: number) =>
  items.slice((page - 1) * perPage, page * perPage);
