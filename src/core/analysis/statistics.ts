/**
 * The small statistics of the yearly analysis: counting, whole percentages and nearest-rank
 * percentiles. Pure; kept apart so that the rounding rules are stated (and tested) once.
 */

/**
 * `part` of `whole` as a whole percentage (half rounds up, as Math.round), or null when `whole`
 * is 0: "0 of 0 on time" is no percentage, and the report shows a dash for it.
 */
export function percentOf(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 100);
}

/**
 * The nearest-rank percentile `p` (0-100) of numbers sorted from small to large: always one of
 * the numbers themselves, never an interpolation, so that "90e percentiel 60 dagen" is a lead time
 * that really occurred. NaN for no numbers.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/**
 * How many items have each key, in order of first appearance; items without a key count under
 * "onbekend" (the Dutch word the report uses for a missing value).
 */
export function countBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item) ?? 'onbekend';
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}
