import { closeSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { TramaError } from "../errors.ts";

// One build at a time per output directory: each file is written atomically, but two
// builds writing into one directory would leave a mix of both. The lock is a file holding
// the builder's process id; a lock whose process is gone (a killed build) is taken over,
// and the temporary files that build left behind are removed.

export const LOCK_FILE = ".trama-build.lock";

/** Takes the directory's build lock (the directory must exist); returns the release function. */
export function lockOutputDirectory(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      removeStaleTemporaries(dir);
      return () => rmSync(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const holder = Number(readFileSync(path, "utf8"));
      if (isRunning(holder)) {
        throw new TramaError(
          `trama: another build (process ${holder}) is writing into ${dir}; wait for it to finish, or build into another --out directory`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new TramaError(`trama: cannot take the build lock ${path}; remove it if no build is running`);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** writeFileAtomic's `.NAME.PID.tmp` files whose writer is no longer running, in `dir` and below. */
function removeStaleTemporaries(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const match = /^\..+\.(\d+)\.tmp$/.exec(entry.name);
    if (entry.isFile() && match && !isRunning(Number(match[1]))) rmSync(join(entry.parentPath, entry.name), { force: true });
  }
}
