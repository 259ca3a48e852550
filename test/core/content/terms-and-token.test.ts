import { describe, expect, it } from 'vitest';
import { dealTermsSchema } from '../../../src/core/content/deal-terms.ts';
import { renderTermsText, termsHash } from '../../../src/core/content/render-terms-text.ts';
import { portalKey, signPortalToken, verifyPortalToken } from '../../../src/core/portal/portal-token.ts';

describe('terms text', () => {
  const terms = dealTermsSchema.parse({
    deliverables: [{ type: 'reel', due_on: '2026-05-31', brand_handles: ['@solea'], min_online_days: 30 }],
    usage_rights: { organic: true, paid_ads: true, days: 90 },
  });
  const ctx = {
    brand: 'Solea',
    campaign: 'Summer',
    creator: 'instagram:ana.anklets',
    currency: 'EUR',
    feeMinor: 30_000,
    commissionBps: 1_250,
    giftedMinor: 0,
    campaignStartsOn: '2026-05-01',
    campaignEndsOn: '2026-06-30',
    brief: null,
  };
  it('renders every term with exact amounts and ISO dates, the same text every time', () => {
    const text = renderTermsText(terms, ctx);
    expect(text).toContain('1. 1 × reel / short');
    expect(text).toContain('Publish between: 2026-05-01 and 2026-05-31');
    expect(text).toContain('Fee: EUR 300.00');
    expect(text).toContain('Commission: 12.5 % of attributed net revenue');
    expect(text).toContain('Usage rights: organic re-posts by the brand and paid ads / allowlisting, for 90 days');
    expect(termsHash(renderTermsText(terms, ctx))).toBe(termsHash(text));
    expect(termsHash(text)).toMatch(/^[0-9a-f]{64}$/);
    expect(termsHash(renderTermsText(terms, { ...ctx, feeMinor: 30_001 }))).not.toBe(termsHash(text));
  });
  it('writes a zero-decimal currency without decimals', () => {
    expect(renderTermsText(terms, { ...ctx, currency: 'JPY', feeMinor: 12_000 })).toContain('Fee: JPY 12000');
  });
});

describe('portal token', () => {
  const key = portalKey(Buffer.alloc(32, 7));
  const claims = { linkId: 5, workspaceId: 2, enrollmentId: 9, expiresAt: 2_000_000_000 };
  const token = signPortalToken(key, claims);
  it('verifies its own token until it expires', () => {
    expect(verifyPortalToken(key, token, 1_999_999_999)).toEqual({ ok: true, claims });
    expect(verifyPortalToken(key, token, 2_000_000_000)).toEqual({ ok: false, reason: 'expired' });
  });
  it('refuses a changed scope, expiry or signature, another key, and garbage', () => {
    expect(verifyPortalToken(key, token.replace('v1.5.2.9.', 'v1.5.3.9.'), 0)).toEqual({
      ok: false,
      reason: 'signature',
    });
    expect(verifyPortalToken(key, token.replace('.2000000000.', '.2000000001.'), 0).ok).toBe(false);
    const sig = token.slice(token.lastIndexOf('.') + 1);
    const flipped = `${token.slice(0, -sig.length)}${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`;
    expect(verifyPortalToken(key, flipped, 0)).toEqual({ ok: false, reason: 'signature' });
    expect(verifyPortalToken(portalKey(Buffer.alloc(32, 8)), token, 0)).toEqual({ ok: false, reason: 'signature' });
    expect(verifyPortalToken(key, 'nonsense', 0)).toEqual({ ok: false, reason: 'malformed' });
  });
});
