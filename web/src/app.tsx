// The app shell: navigation, the signed-in workspace, sign-out, and the page of the current route.
import { useEffect } from 'react';
import { ErrorBox, Loading } from './components/states.tsx';
import { api, type MeBody } from './lib/api.ts';
import { Link, useRoute, type Route } from './lib/router.tsx';
import { useApi } from './lib/use-api.ts';
import { CampaignPage } from './pages/campaign.tsx';
import { CampaignsPage } from './pages/campaigns.tsx';
import { CreatorPage } from './pages/creator.tsx';
import { CreatorsPage } from './pages/creators.tsx';
import { DiscoverPage } from './pages/discover.tsx';
import { ImportsPage } from './pages/imports.tsx';

const NAV: { to: string; label: string; pages: Route['page'][] }[] = [
  { to: '/discover', label: 'Discover', pages: ['discover'] },
  { to: '/creators', label: 'Creators', pages: ['creators', 'creator'] },
  { to: '/campaigns', label: 'Campaigns', pages: ['campaigns', 'campaign'] },
  { to: '/imports', label: 'Imports', pages: ['imports'] },
];

const TITLES: Record<Route['page'], string> = {
  discover: 'Discover', creators: 'Creators', creator: 'Creator', campaigns: 'Campaigns', campaign: 'Campaign', imports: 'Imports', not_found: 'Not found',
};

export function App() {
  const route = useRoute();
  const me = useApi(() => api.me(), 'me');
  useEffect(() => { document.title = `${TITLES[route.page]} · microreach`; }, [route.page]);
  return (
    <>
      <a className="skip" href="#main">Skip to content</a>
      <header className="top">
        <Link to="/discover" className="brand">microreach</Link>
        <nav aria-label="Main">
          {NAV.map((n) => <Link key={n.to} to={n.to} aria-current={n.pages.includes(route.page) ? 'page' : undefined}>{n.label}</Link>)}
          <a href="/api/docs">API</a>
        </nav>
        <div className="who">
          {me.data && <span>Workspace <strong>{me.data.workspace.name}</strong>{me.data.workspace.is_demo && <span className="badge">demo data</span>}</span>}
          <form method="post" action="/logout"><button type="submit" className="small">Sign out</button></form>
        </div>
      </header>
      <main id="main">
        {me.error ? <ErrorBox error={me.error} retry={me.reload} /> : !me.data ? <Loading what="your workspace" /> : <Page route={route} me={me.data} />}
      </main>
    </>
  );
}

function Page({ route, me }: { route: Route; me: MeBody }) {
  switch (route.page) {
    case 'discover': return <DiscoverPage me={me} like={route.like} key={route.like ?? 'brief'} />;
    case 'creators': return <CreatorsPage me={me} />;
    case 'creator': return <CreatorPage id={route.id} platform={route.platform} me={me} key={`${route.id}:${route.platform ?? ''}`} />;
    case 'campaigns': return <CampaignsPage />;
    case 'campaign': return <CampaignPage id={route.id} key={route.id} />;
    case 'imports': return <ImportsPage />;
    default: return <><h1>Page not found</h1><p><Link to="/discover">Go to Discover</Link></p></>;
  }
}
