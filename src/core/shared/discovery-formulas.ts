// The formulas discovery shows next to its numbers, said once: the API sends them with every answer
// (`formulas`) and the web app and the vetting report print them from there.
export const DISCOVERY_FORMULAS = {
  fit_score:
    'Fit score = Σ(component × weight) / Σ weights × 100; each component is 0–100 %, a weight of 0 leaves it out',
  fair_price:
    'expected views × CPM band (USD per 1,000 views) × engagement factor × fatigue factor × calibration × USD rate',
  expected_roas: 'Expected ROAS = expected views × click-through × conversion × average order value / mid fair price',
} as const;
