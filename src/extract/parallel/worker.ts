import { parentPort, workerData } from "node:worker_threads";
import type { ChunkReply, ChunkRequest, WorkerTask } from "./protocol.ts";

// The body of one worker thread: loads the task's function once, then answers chunks.

const task = workerData as WorkerTask;
const loaded = (await import(task.module)) as Record<string, unknown>;
const fn = loaded[task.name];
if (typeof fn !== "function") throw new Error(`trama: ${task.module} has no exported function '${task.name}'`);
const port = parentPort!;

port.on("message", (request: ChunkRequest<unknown>) => {
  const results: unknown[] = [];
  for (let i = 0; i < request.items.length; i++) {
    try {
      results.push(fn(request.items[i]));
    } catch (err) {
      const error = err instanceof Error ? err : new Error(String(err));
      const reply: ChunkReply<unknown> = {
        chunk: request.chunk,
        failed: { item: i, message: error.message, ...(error.stack ? { stack: error.stack } : {}) },
      };
      port.postMessage(reply);
      return;
    }
  }
  const reply: ChunkReply<unknown> = { chunk: request.chunk, results };
  port.postMessage(reply);
});
