import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./browser.ts";

/** The seeds' graph, built into `dir` by `trama build` exactly as a user would. */
export function buildSeedsGraph(dir: string): string {
  const run = spawnSync("npm", ["run", "--silent", "trama", "--", "build", "seeds", "--out", dir], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  if (run.status !== 0 || !existsSync(join(dir, "graph.json"))) {
    throw new Error(`'trama build seeds --out ${dir}' failed (exit ${run.status}): ${(run.stderr ?? "").trim().slice(0, 2000)}`);
  }
  return dir;
}
