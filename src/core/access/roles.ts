// The five roles of a workspace member (PRODUCT.md "Team and roles").
export const ROLES = ['owner', 'admin', 'member', 'finance', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);
