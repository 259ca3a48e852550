// JSON-in-text columns (string arrays) shared by both dialects.
export const toJsonArray = (values: readonly string[] | undefined): string => JSON.stringify(values ?? []);

export function fromJsonArray(text: string | null | undefined): string[] {
  if (!text) return [];
  const parsed: unknown = JSON.parse(text);
  return Array.isArray(parsed) ? parsed.map(String) : [];
}
