// The one envelope of every list answer (http/schemas/common.ts `pageOf`): the page's items and where they
// sit in the whole. `total` counts what the filters match over all pages, so it must come from the same filters.
export function presentPage<T>(q: { page: number; per_page: number }, total: number, items: T[]) {
  return { items, page: q.page, per_page: q.per_page, total, total_pages: Math.ceil(total / q.per_page) };
}
