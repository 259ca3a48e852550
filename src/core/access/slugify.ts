// A workspace slug from a brand name: lower-case ASCII letters and digits joined by single hyphens.
export function slugify(name: string): string {
  const words = name
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const slug = words.join('-').slice(0, 48).replace(/-+$/, '');
  return slug || 'workspace';
}
