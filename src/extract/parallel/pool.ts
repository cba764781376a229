import { Worker } from "node:worker_threads";
import type { ChunkReply, ChunkRequest, WorkerTask } from "./protocol.ts";

export interface PoolOptions {
  workers: number;
  /** Items per message; 0 picks one from the input size and worker count. */
  chunkSize: number;
  /** Called after each chunk with the number of items done so far. */
  onProgress?: (done: number) => void;
}

/** A worker's task failed on one item; `item` is its index in the input. */
export class WorkerTaskError extends Error {
  constructor(
    readonly item: number,
    message: string,
    readonly workerStack?: string,
  ) {
    super(message);
    this.name = "WorkerTaskError";
  }
}

const BOOTSTRAP = new URL("./worker-bootstrap.mjs", import.meta.url);

/**
 * Calls `task` on every item in worker threads and resolves with the results in input
 * order. Chunks go to whichever worker is free, so a slow article does not hold up
 * the rest; results are placed by chunk index, so order never depends on timing.
 */
export function mapInWorkers<I, O>(items: readonly I[], task: WorkerTask, options: PoolOptions): Promise<O[]> {
  const size = options.chunkSize > 0 ? options.chunkSize : autoChunkSize(items.length, options.workers);
  const chunks: I[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  if (chunks.length === 0) return Promise.resolve([]);

  return new Promise<O[]>((resolve, reject) => {
    const results: O[][] = new Array(chunks.length);
    const workers: Worker[] = [];
    let next = 0;
    let finished = 0;
    let done = 0;
    let settled = false;

    const stop = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(results.flat());
    };
    const send = (worker: Worker) => {
      if (next >= chunks.length) return;
      const request: ChunkRequest<I> = { chunk: next, items: chunks[next]! };
      next++;
      worker.postMessage(request);
    };

    const count = Math.min(options.workers, chunks.length);
    for (let i = 0; i < count; i++) {
      const worker = new Worker(BOOTSTRAP, { workerData: task, execArgv: [] });
      workers.push(worker);
      worker.on("message", (reply: ChunkReply<O>) => {
        if (settled) return;
        if ("failed" in reply) {
          const { item, message, stack } = reply.failed;
          stop(new WorkerTaskError(reply.chunk * size + item, message, stack));
          return;
        }
        results[reply.chunk] = reply.results;
        done += reply.results.length;
        finished++;
        options.onProgress?.(done);
        if (finished === chunks.length) stop();
        else send(worker);
      });
      worker.on("error", (err) => stop(err));
      worker.on("exit", (code) => {
        if (!settled) stop(new Error(`trama: a worker thread exited with code ${code} before finishing`));
      });
    }
    // Two chunks in flight per worker, so none waits for its next message; dealt one
    // round at a time, so a few big chunks still spread over every worker.
    for (let round = 0; round < 2; round++) for (const worker of workers) send(worker);
  });
}

/** About 16 chunks per worker, for balance, but few enough that messaging stays cheap. */
function autoChunkSize(items: number, workers: number): number {
  return Math.max(1, Math.min(64, Math.ceil(items / (workers * 16))));
}
