// Plain data the attribution rules work on (PRODUCT.md "Attribution rules"). Times are ISO-8601 UTC.

export type AttributionModel = 'last_click' | 'first_click';
export type AttributionRule = 'known_customer' | 'discount_code' | 'click' | 'unattributed';

export interface CampaignRules {
  campaignId: number;
  windowDays: number;
  model: AttributionModel;
}

/** How an order points at a click. */
export type ClickVia = 'landing_url' | 'checkout' | 'same_visitor' | 'utm';

export interface ClickCandidate {
  clickId: string | null;
  linkKey: string;
  enrollmentId: number;
  campaignId: number;
  /** null for a UTM-only landing (no recorded click): taken as the order's time. */
  clickedAt: string | null;
  referrer: string | null;
  via: ClickVia;
}

export interface CodeMatch {
  code: string;
  enrollmentId: number;
  campaignId: number;
}

/** An earlier order of the same customer that a creator won by code or click (not by repeat). */
export interface PriorAttribution {
  orderId: number;
  enrollmentId: number;
  campaignId: number;
  placedAt: string;
}

export interface SelfIdentity {
  emailHashes: string[];
  addressHashes: string[];
}

export interface AttributionInput {
  order: {
    placedAt: string;
    codes: string[];
    referrer: string | null;
    /** The order's landing URL; a coupon site in its source parameters marks a coupon-site order too. */
    landingUrl?: string | null;
    emailHash: string | null;
    addressHash: string | null;
    /** null when the order carries no customer identity. */
    hasEarlierOrders: boolean | null;
  };
  priorAttributions: PriorAttribution[];
  codeMatches: CodeMatch[];
  clicks: ClickCandidate[];
  campaigns: ReadonlyMap<number, CampaignRules>;
  selfIdentity: ReadonlyMap<number, SelfIdentity>;
}

/** Per-order flags. A code leak is judged per creator's code in the report (core/reports/code-leak.ts). */
export type FlagKind = 'self_referral' | 'coupon_site';

export interface AttributionFlag {
  kind: FlagKind;
  reason: string;
}

export interface CandidateNote {
  click_id: string | null;
  link: string;
  enrollment_id: number;
  clicked_at: string | null;
  via: ClickVia;
  considered: 'in_window' | 'after_order' | 'outside_window';
}

export interface AttributionResult {
  rule: AttributionRule;
  campaignId: number | null;
  enrollmentId: number | null;
  isRepeat: boolean;
  isNewCustomer: boolean | null;
  flags: AttributionFlag[];
  evidence: Record<string, unknown> & { rule: AttributionRule; order_at: string };
}
