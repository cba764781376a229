// Messages between the pool and its workers.

/** A named export of a module, called once per item in a worker. */
export interface WorkerTask {
  /** file: URL of the module. */
  module: string;
  /** Name of the exported function `(item) => result`. */
  name: string;
}

export interface ChunkRequest<I> {
  chunk: number;
  items: I[];
}

export type ChunkReply<O> =
  | { chunk: number; results: O[] }
  | { chunk: number; failed: { item: number; message: string; stack?: string } };
