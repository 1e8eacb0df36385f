/** Locale-independent string order (code units), so output never depends on ICU. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

