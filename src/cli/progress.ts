// A one-line progress bar for long runs (articles done, rate, time left), drawn on
// standard error only when it is a terminal: logs, pipes and CI stay clean.

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

export interface Progress {
  /** `done` items of the total are finished. */
  update(done: number): void;
  /** Clears the bar (the caller prints its own summary). */
  finish(): void;
}

export interface ProgressOptions {
  total: number;
  /** What is being counted, e.g. "extract". */
  label: string;
  /** Unit after the rate, e.g. "articles". */
  unit?: string;
  stream?: ProgressStream;
  /** Milliseconds between redraws. */
  interval?: number;
  now?: () => number;
}

const QUIET: Progress = { update() {}, finish() {} };

export function createProgress(options: ProgressOptions): Progress {
  const { total, label, unit = "articles", stream = process.stderr, interval = 100, now = () => performance.now() } = options;
  if (!stream.isTTY || total <= 0) return QUIET;
  const started = now();
  let drawn = -Infinity;
  let visible = false;
  return {
    update(done) {
      const at = now();
      if (at - drawn < interval && done < total) return;
      drawn = at;
      visible = true;
      stream.write(`\r${progressLine(label, unit, done, total, (at - started) / 1000, stream.columns ?? 80)}\x1b[K`);
    },
    finish() {
      if (visible) stream.write("\r\x1b[K");
      visible = false;
    },
  };
}

/** The bar itself: `extract [=====     ] 512/1000  51%  812 articles/s  ETA 1s`. */
export function progressLine(label: string, unit: string, done: number, total: number, seconds: number, columns: number): string {
  const fraction = Math.min(1, done / total);
  const rate = seconds > 0 ? done / seconds : 0;
  const eta = rate > 0 ? (total - done) / rate : Infinity;
  const tail = ` ${done}/${total} ${String(Math.floor(fraction * 100)).padStart(3)}% ${Math.round(rate)} ${unit}/s ETA ${formatSeconds(eta)}`;
  const width = Math.max(10, Math.min(40, columns - label.length - tail.length - 4));
  const filled = Math.round(fraction * width);
  return `${label} [${"=".repeat(filled)}${" ".repeat(width - filled)}]${tail}`;
}

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}m${String(Math.ceil(seconds % 60)).padStart(2, "0")}s`;
}
