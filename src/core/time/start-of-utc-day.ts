/** Midnight UTC of the day an instant falls on, in canonical ISO form. */
export const startOfUtcDay = (instant: Date): string => `${instant.toISOString().slice(0, 10)}T00:00:00.000Z`;
