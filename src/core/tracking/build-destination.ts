export interface UtmParams {
  utm_source: string;
  utm_medium: string;
  utm_campaign: string;
  /** The link key: identifies the creator in a UTM-only landing. */
  utm_content: string;
}

/**
 * The redirect target: the destination with the campaign's UTM parameters and mr_cid added.
 * Parameters the destination already sets are replaced (ours name the creator precisely).
 */
export function buildDestination(destination: string, utm: UtmParams, clickId: string | null): string {
  const url = new URL(destination);
  for (const [name, value] of Object.entries(utm)) url.searchParams.set(name, value);
  if (clickId) url.searchParams.set('mr_cid', clickId);
  return url.toString();
}

/** What a landing URL says about our tracking: the click id and the UTM link key, when present. */
export function readLandingUrl(landing: string | null | undefined): {
  clickId: string | null;
  utmContent: string | null;
  utmCampaign: string | null;
} {
  const none = { clickId: null, utmContent: null, utmCampaign: null };
  if (!landing) return none;
  let url: URL;
  try {
    url = new URL(landing, 'https://store.invalid');
  } catch {
    return none;
  }
  const p = url.searchParams;
  return {
    clickId: p.get('mr_cid') || null,
    utmContent: p.get('utm_content') || null,
    utmCampaign: p.get('utm_campaign') || null,
  };
}
