import { SettingsError } from "../errors.ts";

export type InputFormat = "txt" | "md" | "html" | "jsonl";

export interface IngestSettings {
  /** Files larger than this are refused before they are read (`--max-bytes`). */
  maxBytes: number;
  /** How standard input (`-`) is read; "auto" looks at the text (HTML, JSON Lines, else plain text). */
  stdinFormat: InputFormat | "auto";
  /** Article id for standard input read as txt, md or html. */
  stdinId: string;
}

export const DEFAULT_INGEST_SETTINGS: IngestSettings = {
  maxBytes: 20 * 1024 * 1024,
  stdinFormat: "auto",
  stdinId: "stdin",
};

export function resolveIngestSettings(partial: Partial<IngestSettings> = {}): IngestSettings {
  const settings = { ...DEFAULT_INGEST_SETTINGS, ...partial };
  validateIngestSettings(settings);
  return settings;
}

export function validateIngestSettings(settings: IngestSettings): void {
  if (!Number.isSafeInteger(settings.maxBytes) || settings.maxBytes <= 0) {
    throw new SettingsError("maxBytes", `is ${settings.maxBytes}`, "give a positive whole number of bytes, e.g. --max-bytes 20000000");
  }
  if (!["auto", "txt", "md", "html", "jsonl"].includes(settings.stdinFormat)) {
    throw new SettingsError("stdinFormat", `is '${settings.stdinFormat}'`, "use one of auto, txt, md, html, jsonl");
  }
  if (settings.stdinId.trim() === "") {
    throw new SettingsError("stdinId", "is empty", "give a non-empty article id for standard input");
  }
}

/** The format a file name implies, or undefined when trama does not read it. */
export function formatOf(path: string): InputFormat | undefined {
  const dot = path.lastIndexOf(".");
  if (dot < 0 || dot < path.lastIndexOf("/")) return undefined;
  switch (path.slice(dot + 1).toLowerCase()) {
    case "txt":
    case "text":
      return "txt";
    case "md":
    case "markdown":
      return "md";
    case "html":
    case "htm":
    case "xhtml":
      return "html";
    case "jsonl":
    case "ndjson":
      return "jsonl";
    default:
      return undefined;
  }
}

/** The format of text that came without a file name: HTML, JSON Lines, or plain text. */
export function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 1024).trimStart();
  if (/^<(!doctype html|html|head|body|article|main|div|p)[\s>]/i.test(head)) return "html";
  if (head.startsWith("{")) {
    const firstLine = text.trimStart().split("\n", 1)[0]!;
    try {
      const value: unknown = JSON.parse(firstLine);
      if (typeof value === "object" && value !== null && "text" in value) return "jsonl";
    } catch {
      // not JSON: plain text that starts with a brace
    }
  }
  return "txt";
}
