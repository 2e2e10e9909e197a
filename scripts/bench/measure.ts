/** Timing helpers for the benchmarks: bounded in iterations and in wall time. */

export interface Timing {
  runs: number;
  medianMs: number;
  p95Ms: number;
}

export interface MeasureOptions {
  /** Runs at most this many timed iterations... */
  iterations: number;
  /** ...and stops early once this much time has been spent timing. */
  maxMs: number;
  /** Untimed runs first, so statements are prepared and pages cached. */
  warmup: number;
}

/** Times `run(i)` for i = 0, 1, 2, ...; callers rotate their inputs by i. */
export function measure(run: (i: number) => unknown, options: MeasureOptions): Timing {
  for (let i = 0; i < options.warmup; i++) run(i);
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < options.iterations && performance.now() - started < options.maxMs; i++) {
    const t0 = performance.now();
    run(i);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { runs: samples.length, medianMs: quantile(samples, 0.5), p95Ms: quantile(samples, 0.95) };
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const low = sorted[Math.floor(position)] ?? NaN;
  const high = sorted[Math.ceil(position)] ?? NaN;
  return low + (high - low) * (position - Math.floor(position));
}

export function formatMs(ms: number): string {
  return ms < 10 ? ms.toFixed(3) : ms.toFixed(1);
}
