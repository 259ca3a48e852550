// Tells which Graph API response a JSON document is, by its shape alone (recorded files carry no
// request URL). Only the markers are checked here; the full schema is applied afterwards, so a
// recognised payload with a bad field fails with that field's path.

export type GraphPayloadShape =
  | 'error'
  | 'business_discovery'
  | 'mentioned_media'
  | 'user'
  | 'insights'
  | 'media_list'
  | 'multi_id'
  | 'empty';

export const EXPECTED_GRAPH_PAYLOADS =
  'expected a Business Discovery response {business_discovery:{…}}, a user read {id, username, …}, ' +
  "a media list {data:[{id, media_type, timestamp, …}]} (also the brand's /tags edge), " +
  'a mentioned media read {mentioned_media:{id, username, …}}, a multi-id media read {"<id>":{…}}, ' +
  'or an insights response {data:[{name, period, id:"<id>/insights/…", values|total_value}]}';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const looksLikeMedia = (v: unknown) =>
  isObject(v) && 'id' in v && ('media_type' in v || 'timestamp' in v || 'permalink' in v);
const looksLikeInsight = (v: unknown) => isObject(v) && 'name' in v && 'period' in v;

export function recogniseGraphPayload(json: unknown): GraphPayloadShape | undefined {
  if (!isObject(json)) return undefined;
  if (isObject(json.error)) return 'error';
  if (isObject(json.business_discovery)) return 'business_discovery';
  if (isObject(json.mentioned_media)) return 'mentioned_media';
  if (Array.isArray(json.data)) {
    if (json.data.length === 0) return 'empty';
    if (json.data.every(looksLikeInsight)) return 'insights';
    if (json.data.every(looksLikeMedia)) return 'media_list';
    return undefined;
  }
  if ('id' in json && 'username' in json) return 'user';
  const entries = Object.entries(json);
  if (entries.length > 0 && entries.every(([, v]) => isObject(v) && 'id' in v)) return 'multi_id';
  return undefined;
}
