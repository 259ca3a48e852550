import { AppError } from '../core/app-error.ts';
import { toMinorUnits } from '../core/shared/to-minor-units.ts';

/** "--fee 450" or "450.00" in `currency` → minor units; absent → 0. */
export function moneyOption(name: string, value: string | undefined, currency: string): number {
  if (value === undefined) return 0;
  const minor = toMinorUnits(value.replace(/[_,]/g, ''), currency);
  if (minor === undefined || minor < 0)
    throw new AppError(
      'bad_request',
      `--${name} must be an amount in ${currency} such as 450 or 450.00, got "${value}"`,
    );
  return minor;
}
