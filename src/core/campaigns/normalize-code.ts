/** Discount codes match case-insensitively after trimming: "  Alan Test 0123B " ≡ "alan test 0123b". */
export const normalizeCode = (code: string): string => code.trim().toLowerCase();
