// The one mapping from errors to HTTP responses: { error: { code, message, details } }.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError } from '../core/app-error.ts';

export function handleError(error: Error, c: Context): Response {
  if (error instanceof AppError) {
    if (error.retryAfterSeconds !== undefined) c.header('retry-after', String(error.retryAfterSeconds));
    return c.json(
      { error: { code: error.code, message: error.message, details: error.details } },
      error.status as ContentfulStatusCode,
    );
  }
  if (error instanceof SyntaxError && /JSON/.test(error.message)) {
    return c.json(
      { error: { code: 'bad_request', message: `Malformed JSON body: ${error.message}`, details: [] } },
      400,
    );
  }
  console.error(`[http] ${c.req.method} ${c.req.path} failed:`, error);
  return c.json(
    { error: { code: 'internal', message: 'Internal error; the server log has the details.', details: [] } },
    500,
  );
}
