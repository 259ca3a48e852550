// The one mapping from errors to HTTP responses: { error: { code, message, details } }.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '../core/app-error.ts';

export interface ErrorAnswer {
  status: ContentfulStatusCode;
  body: { error: { code: string; message: string; details: unknown } };
  headers: Record<string, string>;
}

export function handleError(error: Error, c: Context): Response {
  const answer = answerError(error, `${c.req.method} ${c.req.path}`);
  for (const [name, value] of Object.entries(answer.headers)) c.header(name, value);
  return c.json(answer.body, answer.status);
}

/**
 * The answer to an error, for the app and for the routes answered before it (fast-webhook.ts); an
 * unexpected one is logged with `request` ("POST /path").
 */
export function answerError(error: Error, request: string): ErrorAnswer {
  if (error instanceof AppError) {
    const headers: Record<string, string> =
      error.retryAfterSeconds !== undefined ? { 'retry-after': String(error.retryAfterSeconds) } : {};
    return {
      status: error.status as ContentfulStatusCode,
      body: { error: { code: error.code, message: error.message, details: error.details } },
      headers,
    };
  }
  if (error instanceof SyntaxError && /JSON/.test(error.message)) {
    return {
      status: 400,
      body: { error: { code: 'bad_request', message: `Malformed JSON body: ${error.message}`, details: [] } },
      headers: {},
    };
  }
  console.error(`[http] ${request} failed:`, error);
  return {
    status: 500,
    body: { error: { code: 'internal', message: 'Internal error; the server log has the details.', details: [] } },
    headers: {},
  };
}
