// Benchmarks print one JSON object per figure, one per line, so runs can be compared.

export interface Figure {
  name: string;
  unit: 'ms' | 'x' | 'ops/s' | 'count';
  value: number;
}

export function report(figure: Figure): void {
  console.log(JSON.stringify({ ...figure, value: Number(figure.value.toFixed(3)) }));
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

/** The median of `runs` timings of `fn`, after one run that warms the caches (statements, pages, pdfkit's fonts). */
export function medianMs(fn: () => void, runs: number): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(timeMs(fn));
  return percentile(samples, 50);
}

export function timeMs(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
