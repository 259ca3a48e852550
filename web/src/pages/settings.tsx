// Settings: workspace (brand, currency, domains, rates), stores, members, API tokens, webhooks, security.
import type { MeBody } from '../lib/api.ts';
import { Link, SETTINGS_TABS, type SettingsTab } from '../lib/router.tsx';
import { MailboxesSettings } from './settings/mailboxes.tsx';
import { MembersSettings } from './settings/members.tsx';
import { SecuritySettings } from './settings/security.tsx';
import { StoresSettings } from './settings/stores.tsx';
import { TokensSettings } from './settings/tokens.tsx';
import { WebhooksSettings } from './settings/webhooks.tsx';
import { BrandForm, DomainsForm, RatesForm } from './settings/workspace.tsx';

const LABELS: Record<SettingsTab, string> = {
  workspace: 'Workspace',
  stores: 'Stores',
  members: 'Members',
  tokens: 'API tokens',
  webhooks: 'Webhooks',
  mailboxes: 'Mailboxes',
  security: 'Security',
};

export function SettingsPage({ tab, me, reloadMe }: { tab: SettingsTab; me: MeBody; reloadMe: () => void }) {
  return (
    <div>
      <h1>Settings</h1>
      <nav aria-label="Settings" className="tabs">
        {SETTINGS_TABS.map((t) => (
          <Link key={t} to={`/settings/${t}`} aria-current={t === tab ? 'page' : undefined}>
            {LABELS[t]}
          </Link>
        ))}
      </nav>
      {tab === 'workspace' && (
        <>
          <BrandForm me={me} onSaved={reloadMe} />
          <DomainsForm />
          <RatesForm me={me} />
        </>
      )}
      {tab === 'stores' && <StoresSettings me={me} />}
      {tab === 'members' && <MembersSettings me={me} />}
      {tab === 'tokens' && <TokensSettings me={me} />}
      {tab === 'webhooks' && <WebhooksSettings />}
      {tab === 'mailboxes' && <MailboxesSettings />}
      {tab === 'security' && <SecuritySettings me={me} reloadMe={reloadMe} />}
    </div>
  );
}
