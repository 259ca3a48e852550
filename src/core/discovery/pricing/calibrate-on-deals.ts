// Recalibration on the brand's own agreed deals (agreed, delivered or paid; never a mere proposal): the median of (agreed fee / formula's mid price)
// becomes a multiplier, once there are enough deals to trust it.
import { median } from '../../vetting/stats/median.ts';

export const MIN_DEALS_TO_CALIBRATE = 5;

export interface ClosedDeal {
  /** Agreed fee and the formula's mid price for the same deliverable, in the same currency. */
  fee: number;
  formulaMid: number;
}

export interface Calibration {
  factor: number;
  deals: number;
  /** Said on every price: "recalibrated on 7 closed deals (×1.24)" or why not. */
  note: string;
}

export function calibrateOnDeals(deals: readonly ClosedDeal[]): Calibration {
  const usable = deals.filter((d) => d.fee > 0 && d.formulaMid > 0);
  if (usable.length < MIN_DEALS_TO_CALIBRATE) {
    return {
      factor: 1,
      deals: usable.length,
      note: `formula prices (${usable.length} closed deals; recalibration starts at ${MIN_DEALS_TO_CALIBRATE})`,
    };
  }
  const factor = median(usable.map((d) => d.fee / d.formulaMid))!;
  return {
    factor,
    deals: usable.length,
    note: `recalibrated on ${usable.length} closed deals (×${factor.toFixed(2)})`,
  };
}
