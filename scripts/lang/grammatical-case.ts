/** Grammatical cases as a bitmask, so agreement between words is one `&`. */
export const CASE = { nomn: 1, gent: 2, datv: 4, accs: 8, ablt: 16, loct: 32 } as const;
export const ALL_CASES = 63;
