// One request (a GET, or a POST where the API lists that way) to a platform API. Errors name the API, the HTTP status and the API's own message
// (Graph and Google both answer { error: { message } }); credentials in the query are masked in
// every message, since those end up in terminals and logs.
import { ApiRequestError } from './api-request-error.ts';
import { readBoundedBody } from './read-bounded-body.ts';

/** Platform answers are pages of at most a few hundred items; anything far larger is refused, not buffered. */
const MAX_ANSWER_BYTES = 32 * 1024 * 1024;

export type FetchFn = typeof fetch;

export interface GetJsonOptions {
  /** Name for messages, e.g. "Instagram Graph API". */
  api: string;
  /** Query parameters that carry credentials (access_token, key). */
  secretParams: readonly string[];
  fetch?: FetchFn;
  timeoutMs?: number;
  /** Largest answer read (default 32 MiB). */
  maxBytes?: number;
  /** For APIs that take the token in a header or list with POST (TikTok): the request to make. */
  request?: { method: 'GET' | 'POST'; headers?: Record<string, string>; body?: string };
}

export async function getJson(url: URL, options: GetJsonOptions): Promise<unknown> {
  const method = options.request?.method ?? 'GET';
  const shown = `${method} ${masked(url, options.secretParams)}`;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method,
      headers: { accept: 'application/json', ...options.request?.headers },
      ...(options.request?.body === undefined ? {} : { body: options.request.body }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
  } catch (error) {
    const cause =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new ApiRequestError(`could not reach the ${options.api} (${shown}): ${cause}`, undefined);
  }
  const raw = await readBoundedBody(response, options.maxBytes ?? MAX_ANSWER_BYTES);
  if (raw === null) {
    throw new ApiRequestError(
      `the ${options.api} answered ${shown} with more than ${options.maxBytes ?? MAX_ANSWER_BYTES} bytes: refused`,
      response.status,
    );
  }
  const text = raw.toString('utf8');
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const detail = errorMessage(body) ?? (text.slice(0, 200) || response.statusText);
    const code = (body as { error?: { code?: unknown } } | undefined)?.error?.code;
    throw new ApiRequestError(
      `the ${options.api} answered ${response.status} to ${shown}: ${detail}`,
      response.status,
      typeof code === 'number' ? code : undefined,
    );
  }
  if (body === undefined)
    throw new ApiRequestError(`the ${options.api} answered ${shown} with a body that is not JSON`, response.status);
  return body;
}

function errorMessage(body: unknown): string | undefined {
  const error = (body as { error?: unknown } | undefined)?.error;
  if (typeof error !== 'object' || error === null) return undefined;
  const { message, type, code } = error as { message?: unknown; type?: unknown; code?: unknown };
  if (typeof message !== 'string') return undefined;
  const tags = [
    typeof type === 'string' ? type : undefined,
    code !== undefined ? `code ${String(code)}` : undefined,
  ].filter(Boolean);
  return tags.length > 0 ? `${message} (${tags.join(', ')})` : message;
}

function masked(url: URL, secrets: readonly string[]): string {
  const copy = new URL(url);
  for (const name of secrets) if (copy.searchParams.has(name)) copy.searchParams.set(name, '***');
  const shown = `${copy.pathname}${copy.search}`;
  try {
    return decodeURIComponent(shown);
  } catch {
    return shown;
  }
}
