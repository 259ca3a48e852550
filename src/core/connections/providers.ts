// The providers a creator can connect from the portal, in the order the portal lists them, with the words it shows.
export const CONNECTION_PROVIDERS = ['instagram', 'youtube', 'tiktok'] as const;
export type ConnectionProvider = (typeof CONNECTION_PROVIDERS)[number];

export const PROVIDER_LABELS: Record<ConnectionProvider, string> = {
  instagram: 'Instagram',
  youtube: 'YouTube',
  tiktok: 'TikTok',
};

export const isConnectionProvider = (value: string): value is ConnectionProvider =>
  (CONNECTION_PROVIDERS as readonly string[]).includes(value);
