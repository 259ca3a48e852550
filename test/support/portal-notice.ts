// Follows a portal redirect as a browser does: to its location, sending the one-time notice cookie it set
// (src/http/portal-notice.ts). Answers the page that view got.
type App = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

export async function viewAfter(app: App, redirect: Response): Promise<Response> {
  const cookie = redirect.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('portal_notice='));
  return app.request(redirect.headers.get('location')!, {
    headers: { host: 'localhost', ...(cookie ? { cookie } : {}) },
  });
}
