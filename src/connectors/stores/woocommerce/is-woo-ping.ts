/**
 * True for WooCommerce's "ping" sent when a webhook is saved: a form body `webhook_id=<digits>`, `{}`
 * or nothing, with optional surrounding whitespace. It runs on unsigned input, so it is a hand-written
 * scan (no regular expression, nothing parsed): linear in the body's length.
 */
export function isWooPing(body: string): boolean {
  let start = 0;
  let end = body.length;
  while (start < end && isSpace(body.charCodeAt(start))) start += 1;
  while (end > start && isSpace(body.charCodeAt(end - 1))) end -= 1;
  if (start === end) return true;
  if (body.charCodeAt(start) === 123 && body.charCodeAt(end - 1) === 125) {
    for (let i = start + 1; i < end - 1; i++) if (!isSpace(body.charCodeAt(i))) return false;
    return true;
  }
  const prefix = 'webhook_id=';
  if (!body.startsWith(prefix, start) || end - start === prefix.length) return false;
  for (let i = start + prefix.length; i < end; i++) {
    const c = body.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
