import { availableParallelism } from "node:os";
import { SettingsError } from "../../errors.ts";

export interface ParallelSettings {
  /** Worker threads to use; 1 keeps everything in this thread. */
  workers: number;
  /**
   * Inputs shorter than this (in articles) are extracted in this thread: each worker
   * loads the model and compiles the pipeline again (about 3 CPU-s), which a short
   * input does not earn back. On 2 cores, Wikinews-sized articles: 1,000 build in 8.4 s
   * in one thread and 10.8 s on two workers, 10,000 in 46.4 s and 39.2 s; the lines
   * cross near 3,000.
   */
  inProcessBelow: number;
  /** Articles per message to a worker; 0 picks a size from the input and worker count. */
  chunkSize: number;
}

export const DEFAULT_PARALLEL_SETTINGS: ParallelSettings = {
  workers: availableParallelism(),
  inProcessBelow: 3000,
  chunkSize: 0,
};

export function resolveParallelSettings(partial: Partial<ParallelSettings> = {}): ParallelSettings {
  const settings = { ...DEFAULT_PARALLEL_SETTINGS };
  for (const [key, value] of Object.entries(partial)) {
    if (value !== undefined) (settings as Record<string, unknown>)[key] = value;
  }
  validateParallelSettings(settings);
  return settings;
}

export function validateParallelSettings(settings: ParallelSettings): void {
  wholeNumber("parallel.workers", settings.workers, 1, "use 1 for no worker threads, or up to the core count");
  wholeNumber("parallel.inProcessBelow", settings.inProcessBelow, 0, "use an article count, e.g. 3000");
  wholeNumber("parallel.chunkSize", settings.chunkSize, 0, "use 0 for automatic, or an article count");
}

function wholeNumber(name: string, value: number, min: number, fix: string): void {
  if (!Number.isInteger(value) || value < min) throw new SettingsError(name, `is ${value}`, fix);
}
