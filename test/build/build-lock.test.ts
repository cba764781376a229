import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LOCK_FILE, lockOutputDirectory } from "../../src/build/build-lock.ts";
import { TramaError } from "../../src/errors.ts";

/** A process id no process has: above Linux's pid_max. */
const GONE = 4_194_305;

describe("lockOutputDirectory", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "trama-lock-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("takes the lock and gives it back", () => {
    const release = lockOutputDirectory(dir);
    assert.ok(existsSync(join(dir, LOCK_FILE)));
    release();
    assert.ok(!existsSync(join(dir, LOCK_FILE)));
    lockOutputDirectory(dir)();
  });

  it("refuses while another running build holds it, naming the directory", () => {
    writeFileSync(join(dir, LOCK_FILE), String(process.ppid));
    assert.throws(() => lockOutputDirectory(dir), (err: unknown) => {
      assert.ok(err instanceof TramaError);
      assert.match(err.message, new RegExp(`^trama: another build \\(process ${process.ppid}\\) is writing into .*--out`));
      return true;
    });
  });

  it("refuses a second build from the same process", () => {
    const release = lockOutputDirectory(dir);
    assert.throws(() => lockOutputDirectory(dir), TramaError);
    release();
  });

  it("takes over the lock of a build that was killed, and removes the temporary files it left", () => {
    writeFileSync(join(dir, LOCK_FILE), String(GONE));
    mkdirSync(join(dir, "neo4j"));
    const stale = [join(dir, `.graph.json.${GONE}.tmp`), join(dir, "neo4j", `.import.cypher.${GONE}.tmp`)];
    for (const f of stale) writeFileSync(f, "half written");
    const live = join(dir, `.records.jsonl.${process.ppid}.tmp`);
    writeFileSync(live, "being written by a live process");
    const release = lockOutputDirectory(dir);
    for (const f of stale) assert.ok(!existsSync(f), f);
    assert.ok(existsSync(live), "a live writer's file is left alone");
    release();
  });
});
