// Keyboard shortcuts of the main actions: "g" then a letter goes to a page, "?" lists them. Ignored
// while typing in a field.
import { useEffect } from 'react';
import { navigate } from './router.tsx';

export const GO_KEYS: { key: string; to: string; label: string }[] = [
  { key: 'd', to: '/discover', label: 'Discover' },
  { key: 'c', to: '/creators', label: 'Creators' },
  { key: 'p', to: '/campaigns', label: 'Campaigns' },
  { key: 'i', to: '/imports', label: 'Imports' },
  { key: 'o', to: '/deliveries', label: 'Orders & webhooks' },
  { key: 's', to: '/settings', label: 'Settings' },
  { key: 'a', to: '/audit', label: 'Audit log' },
];

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function useShortcuts(showHelp: () => void) {
  useEffect(() => {
    let pendingG = false;
    const onKey = (e: KeyboardEvent) => {
      if (e.metaKey || e.ctrlKey || e.altKey || typing(e.target)) return;
      if (e.key === '?') {
        e.preventDefault();
        showHelp();
        return;
      }
      if (pendingG) {
        pendingG = false;
        const go = GO_KEYS.find((g) => g.key === e.key);
        if (go) {
          e.preventDefault();
          navigate(go.to);
        }
        return;
      }
      if (e.key === 'g') pendingG = true;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [showHelp]);
}
