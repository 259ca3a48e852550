// A creator's profile picture from our own cache (GET /api/v1/accounts/:id/picture, never the platform's
// URL), with initials when there is none, and a link to the account on its platform.
import { useState } from 'react';
import { accountUrl } from '../../../src/core/shared/account-links.ts';

export function CreatorPicture({ accountId, name, size = 72 }: { accountId: number; name: string; size?: number }) {
  const [failed, setFailed] = useState(false);
  const initials = name
    .replace(/^@/, '')
    .split(/[\s._-]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  if (failed)
    return (
      <span className="avatar initials" style={{ width: size, height: size }} aria-hidden="true">
        {initials || '?'}
      </span>
    );
  return (
    <img
      className="avatar"
      src={`/api/v1/accounts/${accountId}/picture`}
      alt={name}
      width={size}
      height={size}
      onError={() => setFailed(true)}
    />
  );
}

const PLATFORM_NAMES = { instagram: 'Instagram', tiktok: 'TikTok', youtube: 'YouTube' } as const;

export const AccountLink = ({ platform, handle }: { platform: keyof typeof PLATFORM_NAMES; handle: string }) => (
  <a href={accountUrl(platform, handle)} target="_blank" rel="noopener noreferrer">
    Open on {PLATFORM_NAMES[platform]} ↗
  </a>
);
