/** A column as a user finds it in the file: its header on one line, or "column N" when it has none. */
export function columnLabel(headers: readonly string[], column: number): string {
  const header = (headers[column] ?? '').replace(/\s+/g, ' ').trim();
  return header || `column ${column + 1}`;
}
