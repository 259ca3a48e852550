// How the portal and the terms name her: her name, else "@handle on Instagram". Never the internal reference
// ("instagram:ana.anklets"), which is ours, not hers.
import { isConnectionProvider, PROVIDER_LABELS } from '../connections/providers.ts';

export function creatorName(displayName: string | null, platform: string, handle: string): string {
  const name = displayName?.trim();
  if (name) return name;
  return `@${handle} on ${isConnectionProvider(platform) ? PROVIDER_LABELS[platform] : platform}`;
}
