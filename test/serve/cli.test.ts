import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureViewerBuilt } from "../e2e/browser.ts";

// `trama serve` as a user runs it: a real process, its printed URL, Ctrl-C.

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MAIN = ["--import", "tsx", join(ROOT, "src/cli/main.ts")];

describe("trama serve (command line)", function () {
  this.timeout(20_000);
  let dir: string;

  before(function () {
    this.timeout(120_000);
    ensureViewerBuilt();
    dir = mkdtempSync(join(tmpdir(), "trama-serve-cli-"));
    writeFileSync(join(dir, "graph.json"), '{"nodes":[],"edges":[]}');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the URL it listens on, serves the viewer and the graph there, and stops on SIGINT", async () => {
    const child = spawn(process.execPath, [...MAIN, "serve", dir, "--port", "0"], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const url = await new Promise<string>((done, fail) => {
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
        if (match) done(match[0]);
      });
      child.on("exit", (code) => fail(new Error(`exited ${code}: ${stderr}`)));
    });
    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<title>trama/);
    const reply = await fetch(`${url}data/graph.json`);
    assert.equal(reply.status, 200);
    assert.equal(await reply.text(), '{"nodes":[],"edges":[]}');
    const code = await new Promise<number | null>((done) => {
      child.on("exit", (exitCode) => done(exitCode));
      child.kill("SIGINT");
    });
    assert.equal(code, 0);
  });

  it("explains itself with --help", () => {
    const run = spawnSync(process.execPath, [...MAIN, "serve", "--help"], { cwd: ROOT, encoding: "utf8", timeout: 15_000 });
    assert.equal(run.status, 0);
    assert.match(run.stdout, /usage: trama serve \[DIR\] \[--port N\] \[--host H\]/);
  });

  for (const [args, expected, status] of [
    [["serve", "--port", "eighty"], /--port 'eighty' is not a number/, 2],
    [["serve", "--port", "70000"], /setting 'port'/, 1],
    [["serve", "/nowhere/at/all"], /is not a directory/, 1],
    [["serve", "a", "b"], /give one directory/, 2],
  ] as const) {
    it(`fails clearly: trama ${args.join(" ")}`, () => {
      const run = spawnSync(process.execPath, [...MAIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 15_000 });
      assert.equal(run.status, status, run.stderr);
      assert.match(run.stderr, /^trama: /m);
      assert.match(run.stderr, expected);
    });
  }
});
