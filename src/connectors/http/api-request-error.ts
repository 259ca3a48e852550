import { AppError, type ErrorCode } from '../../core/app-error.ts';

/** A platform API call that failed: the API's HTTP status and its own message, never the credentials. */
export class ApiRequestError extends AppError {
  constructor(
    message: string,
    readonly upstreamStatus: number | undefined,
    /** The API's own error code when its body gave one (Graph `error.code`: 190 = the token, 100 = no such object). */
    readonly upstreamCode?: number,
  ) {
    super(codeFor(upstreamStatus), message);
    this.name = 'ApiRequestError';
  }
}

function codeFor(status: number | undefined): ErrorCode {
  if (status === undefined || status >= 500) return 'internal';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  return 'bad_request';
}
