// A payout provider's refusal or an unanswered request. `retryable` is true when the outcome is unknown
// (timeout, network error, 5xx, 429): the same request with the same idempotency key may be sent again.
export class ProviderError extends Error {
  constructor(
    readonly provider: string,
    message: string,
    readonly retryable: boolean,
  ) {
    super(`${provider}: ${message}`);
    this.name = 'ProviderError';
  }
}

/** POST with a deadline; answers status and parsed JSON, or throws a retryable ProviderError. */
export async function postToProvider(
  provider: string,
  url: string,
  init: { headers: Record<string, string>; body: string; timeoutMs: number; fetch?: typeof fetch },
): Promise<{ status: number; json: unknown }> {
  let response: Response;
  try {
    response = await (init.fetch ?? fetch)(url, {
      method: 'POST',
      headers: init.headers,
      body: init.body,
      signal: AbortSignal.timeout(init.timeoutMs),
    });
  } catch (error) {
    throw new ProviderError(provider, `no answer from ${new URL(url).pathname} (${(error as Error).name})`, true);
  }
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    throw new ProviderError(
      provider,
      `answered ${response.status} with a body that is not JSON`,
      response.status >= 500,
    );
  }
  return { status: response.status, json };
}
