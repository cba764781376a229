import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A fresh temporary folder with the given files (path → text or bytes); `cleanup` removes it. */
export function tempTree(files: Record<string, string | Uint8Array>): { dir: string; path: (p: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "trama-ingest-"));
  for (const [name, content] of Object.entries(files)) {
    const full = join(dir, name);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return { dir, path: (p) => join(dir, p), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An async iterable standing in for process.stdin. */
export async function* stdinOf(...chunks: Array<string | Uint8Array>): AsyncIterable<Uint8Array | string> {
  for (const chunk of chunks) yield chunk;
}
