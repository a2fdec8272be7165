/** The figures every benchmark quotes: a percentile of measured times (the median is the 50th). */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * fraction)] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => percentile(values, 0.5);
