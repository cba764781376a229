import { join } from "node:path";
import type { CorpusGraph } from "../graph/corpus-graph.ts";
import { writeFileAtomic } from "../fs/write-atomic.ts";
import { toGexf, type GexfVersion } from "./gexf.ts";
import { toGraphml } from "./graphml.ts";
import { toJson } from "./json.ts";
import { toTriplesCsv, toTriplesJsonl } from "./triples.ts";
import { toCypher } from "./neo4j/cypher.ts";
import { toNeo4jCsv } from "./neo4j/csv.ts";

export { toGexf, GEXF_VERSIONS, type GexfVersion } from "./gexf.ts";
export { toGraphml } from "./graphml.ts";
export { toJson } from "./json.ts";
export { toTriplesCsv, toTriplesJsonl, tripleRows } from "./triples.ts";
export { toCypher } from "./neo4j/cypher.ts";
export { toNeo4jCsv, neo4jAdminCommand } from "./neo4j/csv.ts";
export { pushGraph } from "./neo4j/push.ts";

export const EXPORT_FORMATS = ["gexf", "graphml", "json", "triples-csv", "triples-jsonl", "cypher", "neo4j-csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What `trama build` writes next to graph.json (which the build writes itself). */
export const DEFAULT_BUILD_FORMATS: readonly ExportFormat[] = ["gexf", "graphml", "triples-csv", "triples-jsonl", "cypher", "neo4j-csv"];

/** Where each format goes inside a build directory. neo4j-csv is a directory. */
export const EXPORT_PATHS: Record<ExportFormat, string> = {
  gexf: "graph.gexf",
  graphml: "graph.graphml",
  json: "graph.json",
  "triples-csv": "triples.csv",
  "triples-jsonl": "triples.jsonl",
  cypher: join("neo4j", "import.cypher"),
  "neo4j-csv": join("neo4j", "csv"),
};

export interface ExportOptions {
  gexfVersion?: GexfVersion;
}

/** One format as text; neo4j-csv has several files, so it is not one of these. */
export function exportText(graph: CorpusGraph, format: Exclude<ExportFormat, "neo4j-csv">, options: ExportOptions = {}): string {
  switch (format) {
    case "gexf":
      return toGexf(graph, options.gexfVersion === undefined ? {} : { version: options.gexfVersion });
    case "graphml":
      return toGraphml(graph);
    case "json":
      return toJson(graph);
    case "triples-csv":
      return toTriplesCsv(graph);
    case "triples-jsonl":
      return toTriplesJsonl(graph);
    case "cypher":
      return toCypher(graph);
  }
}

/** Writes one format to `path` (a file, or the directory for neo4j-csv); returns the files written. */
export function writeExport(graph: CorpusGraph, format: ExportFormat, path: string, options: ExportOptions = {}): string[] {
  if (format === "neo4j-csv") {
    const written: string[] = [];
    for (const [name, content] of toNeo4jCsv(graph)) {
      writeFileAtomic(join(path, name), content);
      written.push(join(path, name));
    }
    return written;
  }
  writeFileAtomic(path, exportText(graph, format, options));
  return [path];
}

/** Writes the given formats into a build directory under their standard names; returns the files written. */
export function writeExports(
  graph: CorpusGraph,
  dir: string,
  formats: readonly ExportFormat[] = DEFAULT_BUILD_FORMATS,
  options: ExportOptions = {},
): string[] {
  return formats.flatMap((format) => writeExport(graph, format, join(dir, EXPORT_PATHS[format]), options));
}
