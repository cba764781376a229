import { open } from "node:fs/promises";
import { basename, extname } from "node:path";
import { InputError } from "../errors.ts";
import type { Article } from "../types.ts";
import { buildArticle } from "./article.ts";
import { collectInputs, fsProblem } from "./collect.ts";
import { decodeBytes } from "./decode.ts";
import { extractHtml } from "./html.ts";
import { parseJsonl } from "./jsonl.ts";
import { type IngestSettings, type InputFormat, resolveIngestSettings, sniffFormat } from "./settings.ts";

export { DEFAULT_INGEST_SETTINGS, resolveIngestSettings, validateIngestSettings, formatOf } from "./settings.ts";
export type { IngestSettings, InputFormat } from "./settings.ts";
export { buildArticle } from "./article.ts";

export interface ReadResult {
  articles: Article[];
  /** One per file or JSONL line that could not be read; the others were read. */
  problems: InputError[];
}

/**
 * Reads articles from files, folders (recursively, sorted, hidden entries skipped) and `-`
 * (standard input), in the order given. Nothing is thrown for a bad input: each becomes
 * an InputError in `problems` and the rest are read.
 */
export async function readArticles(
  inputs: readonly string[],
  settings: Partial<IngestSettings> = {},
  stdin: AsyncIterable<Uint8Array | string> = process.stdin,
): Promise<ReadResult> {
  const resolved = resolveIngestSettings(settings);
  const problems: InputError[] = [];
  const articles: Article[] = [];
  const files = await collectInputs(inputs);
  // Reads run ahead of the decoding, READ_AHEAD at a time, so the disk is not idle while a
  // file is parsed; results are taken in input order.
  const reads: Array<Promise<Uint8Array | InputError> | undefined> = [];
  const startRead = (i: number) => {
    const file = files[i];
    if (file === undefined || file.kind === "problem" || reads[i] !== undefined) return;
    const name = file.kind === "stdin" ? "-" : file.path;
    reads[i] = (file.kind === "stdin" ? readStdin(stdin, resolved.maxBytes) : readFile(file.path, resolved.maxBytes)).catch(
      (err: unknown) => (err instanceof InputError ? err : fsProblem(name, err)),
    );
  };
  for (let i = 0; i < files.length; i++) {
    for (let j = i; j < i + READ_AHEAD; j++) startRead(j);
    const file = files[i]!;
    if (file.kind === "problem") {
      problems.push(file.problem);
      continue;
    }
    const bytes = await reads[i]!;
    reads[i] = undefined; // let the bytes go once decoded
    if (bytes instanceof InputError) {
      problems.push(bytes);
      continue;
    }
    if (file.kind === "stdin") articlesFrom(bytes, "-", resolved.stdinId, resolved.stdinFormat, articles, problems);
    else articlesFrom(bytes, file.path, basename(file.path, extname(file.path)), file.format, articles, problems);
  }
  return { articles, problems };
}

/** Files read at once: at most READ_AHEAD × maxBytes in memory (160 MB at the default). */
const READ_AHEAD = 8;

function tooBig(name: string, size: string, maxBytes: number): InputError {
  return new InputError(name, `is ${size}, over the limit of ${maxBytes} bytes`, "split it or raise --max-bytes");
}

/** The size is checked with stat before reading, and again while reading (the file may grow). */
async function readFile(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw tooBig(path, `${size} bytes`, maxBytes);
    let buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw tooBig(path, "larger than that", maxBytes);
        const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw tooBig(path, "larger than that", maxBytes);
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

async function readStdin(stdin: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    length += bytes.length;
    if (length > maxBytes) throw tooBig("-", "larger than that", maxBytes);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, length);
}

function articlesFrom(
  bytes: Uint8Array,
  name: string,
  id: string,
  declared: InputFormat | "auto",
  articles: Article[],
  problems: InputError[],
): void {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    problems.push(new InputError(name, decoded.problem, decoded.fix));
    return;
  }
  const { text, encoding } = decoded;
  const format = declared === "auto" ? sniffFormat(text) : declared;
  switch (format) {
    case "txt":
    case "md":
      articles.push(buildArticle({ id, source: name, text, encoding, markdown: format === "md" }));
      return;
    case "html": {
      const page = extractHtml(text);
      if (page.text.trim() === "") {
        problems.push(new InputError(name, "has no readable text in its HTML", "check that the article text is in the page, not loaded by a script"));
        return;
      }
      articles.push(buildArticle({ ...page, id, source: name, encoding }));
      return;
    }
    case "jsonl": {
      const parsed = parseJsonl(text, name);
      problems.push(...parsed.problems);
      for (const entry of parsed.entries) {
        const { line, ...fields } = entry;
        articles.push(buildArticle({ ...fields, source: `${name}:${line}`, encoding }));
      }
      return;
    }
  }
}
