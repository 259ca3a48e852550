/**
 * The number a plain decimal string ("475.8") denotes after moving its point by `places` (6 → ×10⁶,
 * -2 → ÷100). The shift is done on the digits, so "475.8" shifted by 6 is exactly 475800000 and
 * "1.39" shifted by -2 is the double nearest to 0.0139 (no float artefacts from multiplying).
 */
export function shiftDecimal(decimal: string, places: number): number {
  const match = /^(\d*)(?:\.(\d*))?$/.exec(decimal);
  if (!match) throw new Error(`not a plain decimal: ${decimal}`);
  let whole = match[1] ?? '';
  let fraction = match[2] ?? '';
  if (places >= 0) {
    const padded = fraction.padEnd(places, '0');
    whole += padded.slice(0, places);
    fraction = padded.slice(places);
  } else {
    const padded = whole.padStart(-places, '0');
    fraction = padded.slice(padded.length + places) + fraction;
    whole = padded.slice(0, padded.length + places);
  }
  return Number(`${whole || '0'}.${fraction || '0'}`);
}
