// Merge fields in templates and sequence steps: {{first_name}} {{name}} {{handle}} {{brand}} {{product}}
// {{fee}} {{link}} {{code}} {{portal_link}}. One renderer; an email with a field left unfilled is never
// sent — the check names the field and the creator.

export const MERGE_FIELDS = [
  'first_name',
  'name',
  'handle',
  'brand',
  'product',
  'fee',
  'link',
  'code',
  'portal_link',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeValues = Partial<Record<MergeField, string | null>>;

const FIELD = /\{\{\s*([a-z_]+)\s*\}\}/g;

export type Rendered = { ok: true; text: string } | { ok: false; missing: string[]; unknown: string[] };

export function renderTemplate(template: string, values: MergeValues): Rendered {
  const missing = new Set<string>();
  const unknown = new Set<string>();
  const text = template.replace(FIELD, (whole, name: string) => {
    if (!(MERGE_FIELDS as readonly string[]).includes(name)) {
      unknown.add(name);
      return whole;
    }
    const value = values[name as MergeField];
    if (value === undefined || value === null || value.trim() === '') {
      missing.add(name);
      return whole;
    }
    return value;
  });
  if (missing.size > 0 || unknown.size > 0) return { ok: false, missing: [...missing], unknown: [...unknown] };
  return { ok: true, text };
}

/** The refusal in words: which fields and whose email. */
export function unfilledMessage(creator: string, r: { missing: string[]; unknown: string[] }): string {
  const parts = [];
  if (r.missing.length > 0) parts.push(`no value for ${r.missing.map((f) => `{{${f}}}`).join(', ')}`);
  if (r.unknown.length > 0) parts.push(`unknown field ${r.unknown.map((f) => `{{${f}}}`).join(', ')}`);
  return `Email to ${creator} not sent: ${parts.join('; ')}`;
}

/** The first word of a display name, or null. */
export function firstName(displayName: string | null): string | null {
  const first = displayName?.trim().split(/\s+/)[0];
  return first ? first : null;
}
