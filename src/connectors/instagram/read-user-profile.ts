// Instagram Messaging "User Profile API": `GET /{IGSID}?fields=name,username&access_token=…` with the brand's token
// names the person behind an Instagram-scoped id from a messaging webhook (a story mention's sender). `username` is
// documented from Graph v14.0; `name` may be null. Meta answers only for people who messaged the brand (user consent)
// and never for one who blocked it: those come back as a Graph error, which the caller keeps as the reason.
import { z } from 'zod';
import { AppError } from '../../core/app-error.ts';
import { getJson, type FetchFn } from '../http/get-json.ts';

export const USER_PROFILE_FIELDS = 'name,username';
/** IGSIDs are numeric strings; only such a string goes into the request path. */
const IGSID = /^[0-9]{1,32}$/;

const userProfileSchema = z.object({
  username: z.string().min(1).nullish(),
  name: z.string().nullish(),
});

export interface UserProfile {
  /** null when Meta answered without one: unknown, never guessed. */
  username: string | null;
  name: string | null;
}

export async function readUserProfile(
  o: { baseUrl: string; accessToken: string; fetch?: FetchFn },
  igsid: string,
): Promise<UserProfile> {
  if (!IGSID.test(igsid)) throw new AppError('bad_request', `"${igsid}" is not an Instagram-scoped id`);
  const url = new URL(`${o.baseUrl.replace(/\/+$/, '')}/${igsid}`);
  url.searchParams.set('fields', USER_PROFILE_FIELDS);
  url.searchParams.set('access_token', o.accessToken);
  const json = await getJson(url, { api: 'Instagram Graph API', secretParams: ['access_token'], fetch: o.fetch });
  const parsed = userProfileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'internal',
      `the Instagram Graph API answered an IGSID profile read with ${issue?.path.join('.') || '(root)'}: ${issue?.message}`,
    );
  }
  return { username: parsed.data.username ?? null, name: parsed.data.name ?? null };
}
