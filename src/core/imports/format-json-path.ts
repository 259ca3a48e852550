/** A JSON path as users read it: `items[3].statistics.subscriberCount`, `17893085207160254.like_count`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}
