// The plain-text footer under every outreach email: a person can always see how to stop them, even in a
// mail client that shows no List-Unsubscribe button.
export function withUnsubscribeFooter(body: string, unsubscribeUrl: string): string {
  return `${body.replace(/\s+$/, '')}\n\n--\nNo more emails from us: ${unsubscribeUrl}\n`;
}

export function unsubscribeUrl(publicOrigin: string, token: string): string {
  return `${publicOrigin.replace(/\/+$/, '')}/u/${token}`;
}
