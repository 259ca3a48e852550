// The creator drawer is addressed by the URL (?creator=ID on any page), so it can be linked, reloaded and
// closed with Back. Opening or closing it changes only that parameter; pages that follow the URL (Discover's
// brief) compare their own part of it and ignore the drawer's.
import { useEffect, useState } from 'react';

export const DRAWER_PARAM = 'creator';

function urlWith(id: number | null): string {
  const url = new URL(window.location.href);
  if (id === null) url.searchParams.delete(DRAWER_PARAM);
  else url.searchParams.set(DRAWER_PARAM, String(id));
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The link that opens the drawer on the current page (for href: open in a new tab works too). */
export const drawerHref = (id: number) => urlWith(id);

export function openCreator(id: number) {
  window.history.pushState(null, '', urlWith(id));
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function closeCreator() {
  window.history.pushState(null, '', urlWith(null));
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** The search part of the URL without the drawer's parameter: what a page's own state follows. */
export function searchWithoutDrawer(search: string): string {
  const q = new URLSearchParams(search);
  q.delete(DRAWER_PARAM);
  return q.toString();
}

/** The creator the URL opens the drawer on, or null. */
export function useDrawerCreator(): number | null {
  const read = () => {
    const raw = new URLSearchParams(window.location.search).get(DRAWER_PARAM);
    return raw && /^\d+$/.test(raw) ? Number(raw) : null;
  };
  const [id, setId] = useState(read);
  useEffect(() => {
    const update = () => setId(read());
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return id;
}
