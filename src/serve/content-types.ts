import { extname } from "node:path";

// Only these kinds of file are served; anything else is a 404, so a stray file in the
// export directory (a key, a dotfile) never leaves the machine.

const VIEWER_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

const GRAPH_TYPES: Record<string, string> = {
  ".json": "application/json; charset=utf-8",
  ".jsonl": "application/x-ndjson; charset=utf-8",
  ".gexf": "application/xml; charset=utf-8",
  ".graphml": "application/xml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".cypher": "text/plain; charset=utf-8",
};

export function viewerContentType(path: string): string | undefined {
  return VIEWER_TYPES[extname(path).toLowerCase()];
}

export function graphContentType(path: string): string | undefined {
  return GRAPH_TYPES[extname(path).toLowerCase()];
}
