/** What reading one numeric cell gave: a value, null for a "no value" marker, or why it is not a number. */
export type NumberCell = { ok: true; value: number | null } | { ok: false; reason: string };
