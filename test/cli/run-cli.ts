import { spawn, spawnSync } from "node:child_process";

// Runs the real `trama` command in a child process, as a user would.

export const ROOT = new URL("../../", import.meta.url).pathname;
const MAIN = new URL("../../src/cli/main.ts", import.meta.url).pathname;

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function trama(args: string[], options: { cwd?: string; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, ["--import", "tsx", MAIN, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: "utf8",
    input: options.input ?? "",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, TRAMA_DEBUG: "" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts `trama` without waiting, for tests that interrupt it. */
export function startTrama(args: string[]) {
  return spawn(process.execPath, ["--import", "tsx", MAIN, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
}

/** Runs `main` in this process, capturing what it prints: for quick checks of usage and help. */
export async function tramaInProcess(args: string[]): Promise<CliResult> {
  const { main } = await import("../../src/cli/main.ts");
  const out: string[] = [];
  const err: string[] = [];
  const stdout = process.stdout.write;
  const stderr = process.stderr.write;
  process.stdout.write = ((chunk: string | Uint8Array) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => err.push(String(chunk)) > 0) as typeof process.stderr.write;
  try {
    const status = await main(args);
    return { status, stdout: out.join(""), stderr: err.join("") };
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
  }
}
