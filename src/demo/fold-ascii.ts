/** Lower-case ASCII letters and digits only: "Lucía Muñoz" → "luciamunoz" (handles cannot carry accents or spaces). */
export function foldAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
