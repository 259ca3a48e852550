// An answer of the store replay servers: JSON with its status, after `delayMs` when a test makes the server
// answer only after the client has given up (the request's effect happens all the same).
import type { ServerResponse } from 'node:http';

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  delayMs = 0,
  headers: Record<string, string> = {},
) {
  const write = () => {
    if (response.destroyed) return;
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  };
  if (delayMs > 0) setTimeout(write, delayMs);
  else write();
}
