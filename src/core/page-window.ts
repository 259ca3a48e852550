// The one paging arithmetic of every list route: the query's 1-based page → the rows storage skips and takes.
export interface PageQuery {
  page: number;
  per_page: number;
}

export function pageWindow(q: PageQuery): { offset: number; limit: number } {
  return { offset: (q.page - 1) * q.per_page, limit: q.per_page };
}
