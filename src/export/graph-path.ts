import { existsSync, statSync } from "node:fs";
import { join } from "node:path";

/** Where `trama build` leaves its graph when no --out is given. */
export const DEFAULT_GRAPH_DIR = "graph-export";

/** `--graph` may name graph.json or the build directory that holds it. */
export function graphPath(option: string | undefined): string {
  const path = option ?? DEFAULT_GRAPH_DIR;
  return existsSync(path) && statSync(path).isDirectory() ? join(path, "graph.json") : path;
}
