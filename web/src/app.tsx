// The app shell: navigation (a menu button on phones), the workspace switcher, sign-out, keyboard
// shortcuts, and the page of the current route. What the caller may do comes from GET /me.
import { useCallback, useEffect, useState } from 'react';
import { Dialog } from './components/dialog.tsx';
import { ErrorBox, Loading } from './components/states.tsx';
import { api, type MeBody } from './lib/api.ts';
import { PermissionsProvider } from './lib/permissions.tsx';
import { Link, navigate, useRoute, type Route } from './lib/router.tsx';
import { GO_KEYS, useShortcuts } from './lib/shortcuts.ts';
import { teamApi } from './lib/team-api.ts';
import { useApi } from './lib/use-api.ts';
import { AuditPage } from './pages/audit.tsx';
import { CampaignPage } from './pages/campaign.tsx';
import { CampaignsPage } from './pages/campaigns.tsx';
import { CreatorPage } from './pages/creator.tsx';
import { CreatorsPage } from './pages/creators.tsx';
import { DeliveriesPage } from './pages/deliveries.tsx';
import { DiscoverPage } from './pages/discover.tsx';
import { ImportsPage } from './pages/imports.tsx';
import { OnboardingPage } from './pages/onboarding.tsx';
import { SettingsPage } from './pages/settings.tsx';
import { ListPage, ListsPage } from './pages/lists.tsx';
import { RelationshipsPage } from './pages/relationships.tsx';
import { MyTasksPage } from './pages/my-tasks.tsx';
import { CreatorDrawer } from './components/creator-drawer.tsx';
import { relationshipsApi } from './lib/relationships-api.ts';
import { PayoutsPage } from './pages/payouts.tsx';
import { InboxPage } from './pages/inbox.tsx';
import { OutreachPage } from './pages/outreach.tsx';
import { SequencePage } from './pages/sequence.tsx';

const NAV: { to: string; label: string; pages: Route['page'][]; permission?: MeBody['permissions'][number] }[] = [
  { to: '/discover', label: 'Discover', pages: ['discover'] },
  { to: '/creators', label: 'Creators', pages: ['creators', 'creator'] },
  { to: '/campaigns', label: 'Campaigns', pages: ['campaigns', 'campaign'] },
  { to: '/relationships', label: 'Relationships', pages: ['relationships'] },
  { to: '/outreach', label: 'Outreach', pages: ['outreach', 'sequence'] },
  { to: '/inbox', label: 'Inbox', pages: ['inbox'] },
  { to: '/lists', label: 'Lists', pages: ['lists', 'list'] },
  { to: '/tasks', label: 'My tasks', pages: ['tasks'] },
  { to: '/imports', label: 'Imports', pages: ['imports'] },
  { to: '/deliveries', label: 'Orders & webhooks', pages: ['deliveries'] },
  { to: '/settings', label: 'Settings', pages: ['settings', 'onboarding'] },
  { to: '/payouts', label: 'Payouts', pages: ['payouts'], permission: 'ledger.read' },
  { to: '/audit', label: 'Audit log', pages: ['audit'], permission: 'audit.read' },
];

const TITLES: Record<Route['page'], string> = {
  discover: 'Discover',
  creators: 'Creators',
  creator: 'Creator',
  campaigns: 'Campaigns',
  campaign: 'Campaign',
  imports: 'Imports',
  settings: 'Settings',
  onboarding: 'Set up',
  audit: 'Audit log',
  deliveries: 'Orders & webhooks',
  not_found: 'Not found',
  relationships: 'Relationships',
  inbox: 'Inbox',
  outreach: 'Outreach',
  sequence: 'Sequence',
  lists: 'Lists',
  list: 'List',
  tasks: 'My tasks',
  payouts: 'Payouts',
};

function WorkspaceSwitcher({ me }: { me: MeBody }) {
  if (me.workspaces.length < 2) {
    return (
      <span>
        Workspace <strong>{me.workspace.name}</strong>
        {me.workspace.is_demo && <span className="badge">demo data</span>}
      </span>
    );
  }
  const change = (id: number) =>
    void teamApi.switchWorkspace(id).then(() => {
      navigate('/discover');
      window.location.reload();
    });
  return (
    <label className="inline">
      Workspace
      <select value={me.workspace.id} onChange={(e) => change(Number(e.target.value))}>
        {me.workspaces.map((w) => (
          <option key={w.id} value={w.id}>
            {w.name} ({w.role})
          </option>
        ))}
      </select>
    </label>
  );
}

export function App() {
  const route = useRoute();
  const me = useApi(() => api.me(), 'me');
  const [menuOpen, setMenuOpen] = useState(false);
  const [help, setHelp] = useState(false);
  const showHelp = useCallback(() => setHelp(true), []);
  useShortcuts(showHelp);
  useEffect(() => {
    document.title = `${TITLES[route.page]} · microreach`;
    setMenuOpen(false);
  }, [route.page]);
  const nav = NAV.filter((n) => !n.permission || me.data?.permissions.includes(n.permission));
  // "My tasks" carries the member's counts (overdue + due today + reminders due), asked again on each page.
  const userId = me.data?.user?.id ?? null;
  const tasks = useApi(
    () => (userId === null ? Promise.resolve(null) : relationshipsApi.myTasks()),
    `nav-tasks-${userId}-${route.page}`,
  );
  const c = tasks.data?.counts;
  const pending = c ? c.overdue + c.due_today + c.reminders : 0;
  return (
    <PermissionsProvider me={me.data}>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link to="/discover" className="brand">
          microreach
        </Link>
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          Menu
        </button>
        <nav aria-label="Main" id="main-nav" className={menuOpen ? 'open' : undefined}>
          {nav.map((n) => (
            <Link key={n.to} to={n.to} aria-current={n.pages.includes(route.page) ? 'page' : undefined}>
              {n.label}
              {n.to === '/tasks' && pending > 0 && c && (
                <span
                  className="nav-count"
                  title={`${c.overdue} overdue, ${c.due_today} due today, ${c.reminders} reminders due`}
                >
                  {pending}
                  <span className="sr-only">
                    {' '}
                    tasks need you: {c.overdue} overdue, {c.due_today} due today, {c.reminders} reminders
                  </span>
                </span>
              )}
            </Link>
          ))}
          <a href="/api/docs">API</a>
        </nav>
        <div className="who">
          {me.data && <WorkspaceSwitcher me={me.data} />}
          {me.data && (
            <span className="role" title={me.data.user?.email ?? 'no user account'}>
              {me.data.role}
            </span>
          )}
          <button type="button" className="small" onClick={showHelp} aria-label="Keyboard shortcuts">
            ?
          </button>
          <form method="post" action="/logout">
            <button type="submit" className="small">
              Sign out
            </button>
          </form>
        </div>
      </header>
      <main id="main">
        {me.error ? (
          <ErrorBox error={me.error} retry={me.reload} />
        ) : !me.data ? (
          <Loading what="your workspace" />
        ) : (
          <Page route={route} me={me.data} reloadMe={me.reload} onTasksChange={tasks.reload} />
        )}
        {me.data && <CreatorDrawer />}
      </main>
      {help && (
        <Dialog title="Keyboard shortcuts" onClose={() => setHelp(false)}>
          <table>
            <tbody>
              {GO_KEYS.map((g) => (
                <tr key={g.key}>
                  <td>
                    <kbd>g</kbd> then <kbd>{g.key}</kbd>
                  </td>
                  <td>{g.label}</td>
                </tr>
              ))}
              <tr>
                <td>
                  <kbd>?</kbd>
                </td>
                <td>This list</td>
              </tr>
            </tbody>
          </table>
        </Dialog>
      )}
    </PermissionsProvider>
  );
}

function Page({
  route,
  me,
  reloadMe,
  onTasksChange,
}: {
  route: Route;
  me: MeBody;
  reloadMe: () => void;
  onTasksChange: () => void;
}) {
  switch (route.page) {
    case 'discover':
      return <DiscoverPage me={me} like={route.like} key={route.like ?? 'brief'} />;
    case 'creators':
      return <CreatorsPage me={me} />;
    case 'creator':
      return (
        <CreatorPage id={route.id} platform={route.platform} me={me} key={`${route.id}:${route.platform ?? ''}`} />
      );
    case 'campaigns':
      return <CampaignsPage />;
    case 'campaign':
      return <CampaignPage id={route.id} key={route.id} />;
    case 'imports':
      return <ImportsPage />;
    case 'settings':
      return <SettingsPage tab={route.tab} me={me} reloadMe={reloadMe} />;
    case 'onboarding':
      return <OnboardingPage me={me} reloadMe={reloadMe} />;
    case 'audit':
      return <AuditPage />;
    case 'deliveries':
      return <DeliveriesPage />;
    case 'relationships':
      return <RelationshipsPage />;
    case 'inbox':
      return <InboxPage />;
    case 'outreach':
      return <OutreachPage />;
    case 'sequence':
      return <SequencePage id={route.id} key={route.id} />;
    case 'lists':
      return <ListsPage />;
    case 'tasks':
      return <MyTasksPage onChange={onTasksChange} />;
    case 'list':
      return <ListPage id={route.id} key={route.id} />;
    case 'payouts':
      return <PayoutsPage />;
    default:
      return (
        <>
          <h1>Page not found</h1>
          <p>
            <Link to="/discover">Go to Discover</Link>
          </p>
        </>
      );
  }
}
