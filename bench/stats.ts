/** Small statistics for timings: medians of interleaved rounds, percentiles of request latencies. */

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Rounded for reports: three significant figures, at most two decimals. */
export function round(ms: number): number {
  if (!Number.isFinite(ms)) return ms;
  const digits = ms >= 100 ? 0 : ms >= 10 ? 1 : 2;
  return Number(ms.toFixed(digits));
}

export interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
}

export function timing(samples: readonly number[]): Timing {
  return {
    medianMs: round(median(samples)),
    minMs: round(Math.min(...samples)),
    maxMs: round(Math.max(...samples)),
    runs: samples.length,
  };
}

export interface Latency {
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  requests: number;
}

export function latency(samples: readonly number[]): Latency {
  return {
    p50Ms: round(percentile(samples, 50)),
    p95Ms: round(percentile(samples, 95)),
    maxMs: round(Math.max(...samples)),
    requests: samples.length,
  };
}

export const now = (): number => performance.now();
