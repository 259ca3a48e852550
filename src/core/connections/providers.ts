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

/** What the sample size of her verified audience counts on each provider (YouTube counts views per country). */
export const VERIFIED_SAMPLE_UNIT: Record<ConnectionProvider, string> = {
  instagram: 'followers',
  youtube: 'views',
  tiktok: 'followers',
};
