import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./browser.ts";
import { seedLikeGraph, writeGraphDir } from "./fixtures/graphs.ts";

/**
 * The seeds' graph in `dir`: built by `trama build` when the pipeline can, else the
 * fixture that stands in for it (said on stderr, so a run on the fixture is visible).
 */
export function prepareSeedsGraph(dir: string): { dir: string; built: boolean } {
  const run = spawnSync("npm", ["run", "--silent", "trama", "--", "build", "seeds", "--out", dir], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  if (run.status === 0 && existsSync(join(dir, "graph.json"))) return { dir, built: true };
  process.stderr.write(`      (trama build seeds failed, viewer tests use the fixture graph: ${(run.stderr ?? "").trim().split("\n")[0]})\n`);
  writeGraphDir(seedLikeGraph(), dir);
  return { dir, built: false };
}
