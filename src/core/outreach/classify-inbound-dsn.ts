// Reads a delivery-status notification (RFC 3464) from a message's raw text: the per-recipient fields of
// its message/delivery-status part (Final-Recipient, Original-Recipient, Status), and the Message-ID of
// the returned original (message/rfc822 or text/rfc822-headers part). MTAs that send no such part
// (older Gmail, some Exim set-ups) name the recipient in X-Failed-Recipients and the code in the text.

export interface DeliveryStatus {
  /** The address that bounced, lower-cased: Original-Recipient, else Final-Recipient, else X-Failed-Recipients. */
  recipient: string | null;
  /** The enhanced status code (RFC 3463), e.g. "5.1.1"; null when the notification gives none. */
  status: string | null;
  /** Message-ID (no brackets) of the message that bounced, when the notification returns its headers. */
  originalMessageId: string | null;
}

const STATUS = /\b([245])\.(\d{1,3})\.(\d{1,3})\b/;

export function readDeliveryStatus(raw: string, failedRecipients: string | null): DeliveryStatus {
  const text = raw.replace(/\r\n?/g, '\n');
  const part = deliveryStatusPart(text);
  const field = (name: string): string | null => {
    const m = part?.match(new RegExp(`^${name}:[ \\t]*(.+)$`, 'im'));
    return m?.[1]?.trim() ?? null;
  };
  const address = (value: string | null): string | null => {
    if (!value) return null;
    const a = value
      .replace(/^rfc822\s*;\s*/i, '')
      .replace(/[<>]/g, '')
      .trim()
      .toLowerCase();
    return a.includes('@') ? a : null;
  };
  const recipient =
    address(field('Original-Recipient')) ??
    address(field('Final-Recipient')) ??
    address(failedRecipients?.split(',')[0] ?? null);
  const status = field('Status')?.match(STATUS)?.[0] ?? bodyStatus(text);
  return { recipient, status, originalMessageId: returnedMessageId(text) };
}

/** The text of the message/delivery-status part, up to the next MIME boundary. */
function deliveryStatusPart(text: string): string | null {
  const at = text.search(/^content-type:\s*message\/delivery-status/im);
  if (at < 0) return null;
  const rest = text.slice(at);
  const end = rest.search(/^--\S/m);
  return end < 0 ? rest : rest.slice(0, end);
}

/** An enhanced code in the human part ("550 5.1.1 user unknown"), for notifications without a status part. */
function bodyStatus(text: string): string | null {
  const headersEnd = text.indexOf('\n\n');
  const body = headersEnd < 0 ? '' : text.slice(headersEnd);
  const m = body.match(/\b[245]\d\d[ -]([245]\.\d{1,3}\.\d{1,3})\b/);
  return m?.[1] ?? null;
}

function returnedMessageId(text: string): string | null {
  const at = text.search(/^content-type:\s*(message\/rfc822|text\/rfc822-headers)/im);
  if (at < 0) return null;
  const m = text.slice(at).match(/^message-id:\s*<([^>\s]+)>/im);
  return m?.[1] ?? null;
}
