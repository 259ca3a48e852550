// A tiny client router over the History API: the server answers index.html for these paths.
import { useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from 'react';

export type Route =
  | { page: 'discover'; like?: string }
  | { page: 'creators' }
  | { page: 'creator'; id: number; platform?: string }
  | { page: 'campaigns' }
  | { page: 'campaign'; id: number }
  | { page: 'imports' }
  | { page: 'settings'; tab: SettingsTab }
  | { page: 'onboarding' }
  | { page: 'audit' }
  | { page: 'deliveries' }
  | { page: 'relationships' }
  | { page: 'inbox' }
  | { page: 'outreach' }
  | { page: 'sequence'; id: number }
  | { page: 'lists' }
  | { page: 'list'; id: number }
  | { page: 'tasks' }
  | { page: 'payouts' }
  | { page: 'not_found' };

export const SETTINGS_TABS = ['workspace', 'stores', 'members', 'tokens', 'webhooks', 'mailboxes', 'security'] as const;
export type SettingsTab = (typeof SETTINGS_TABS)[number];

export function parseRoute(location: Location): Route {
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const q = new URLSearchParams(location.search);
  let m: RegExpExecArray | null;
  if (path === '/' || path === '/discover') return { page: 'discover', like: q.get('like') ?? undefined };
  if (path === '/creators') return { page: 'creators' };
  if ((m = /^\/creators\/(\d+)$/.exec(path)))
    return { page: 'creator', id: Number(m[1]), platform: q.get('platform') ?? undefined };
  if (path === '/campaigns') return { page: 'campaigns' };
  if ((m = /^\/campaigns\/(\d+)$/.exec(path))) return { page: 'campaign', id: Number(m[1]) };
  if (path === '/imports') return { page: 'imports' };
  if (path === '/settings') return { page: 'settings', tab: 'workspace' };
  if ((m = /^\/settings\/([a-z]+)$/.exec(path)) && (SETTINGS_TABS as readonly string[]).includes(m[1]!))
    return { page: 'settings', tab: m[1] as SettingsTab };
  if (path === '/onboarding') return { page: 'onboarding' };
  if (path === '/audit') return { page: 'audit' };
  if (path === '/deliveries') return { page: 'deliveries' };
  if (path === '/relationships') return { page: 'relationships' };
  if (path === '/inbox') return { page: 'inbox' };
  if (path === '/outreach') return { page: 'outreach' };
  if ((m = /^\/outreach\/sequences\/(\d+)$/.exec(path))) return { page: 'sequence', id: Number(m[1]) };
  if (path === '/lists') return { page: 'lists' };
  if (path === '/tasks') return { page: 'tasks' };
  if (path === '/payouts') return { page: 'payouts' };
  if ((m = /^\/lists\/(\d+)$/.exec(path))) return { page: 'list', id: Number(m[1]) };
  return { page: 'not_found' };
}

export function navigate(to: string) {
  window.history.pushState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
  window.scrollTo(0, 0);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location));
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return route;
}

/** An ordinary link (open in a new tab works) that navigates in place on a plain click. */
export function Link({ to, children, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
