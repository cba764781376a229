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
  // The rate is measured from the first update, not from creation: callers may create
  // the bar when the first results arrive, after start-up work that is not the rate.
  let first: { at: number; done: number } | undefined;
  let drawn = -Infinity;
  let visible = false;
  return {
    update(done) {
      const at = now();
      first ??= { at, done };
      if (at - drawn < interval && done < total) return;
      drawn = at;
      visible = true;
      const seconds = (at - first.at) / 1000;
      const line = progressLine(label, unit, done, total, { done: done - first.done, seconds }, stream.columns || 80);
      stream.write(`\r${line}\x1b[K`);
    },
    finish() {
      if (visible) stream.write("\r\x1b[K");
      visible = false;
    },
  };
}

/**
 * The bar itself: `extract [=====     ] 512/1000  51%  812 articles/s  ETA 1s`. The rate
 * comes from `measured` (items done over seconds); under half a second it is unknown.
 */
export function progressLine(
  label: string,
  unit: string,
  done: number,
  total: number,
  measured: { done: number; seconds: number },
  columns: number,
): string {
  const fraction = Math.min(1, done / total);
  const rate = measured.seconds >= 0.5 ? measured.done / measured.seconds : undefined;
  const eta = rate ? (total - done) / rate : Infinity;
  const tail = ` ${done}/${total} ${String(Math.floor(fraction * 100)).padStart(3)}% ${rate === undefined ? "?" : Math.round(rate)} ${unit}/s ETA ${formatSeconds(eta)}`;
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
