// A QR code as inline SVG squares (uqr), the same drawing as the web app's qr-code.tsx, for server pages.
import { encode } from 'uqr';

export function qrSvgPath(text: string): { size: number; path: string } {
  const { data } = encode(text, { ecc: 'M', border: 2 });
  const cells: string[] = [];
  data.forEach((row, y) =>
    row.forEach((on, x) => {
      if (on) cells.push(`M${x} ${y}h1v1h-1z`);
    }),
  );
  return { size: data.length, path: cells.join('') };
}
