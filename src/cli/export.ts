import { UsageError } from "../errors.ts";
import { loadGraph } from "../graph/io.ts";
import { EXPORT_FORMATS, GEXF_VERSIONS, exportText, writeExport, type ExportFormat, type GexfVersion } from "../export/index.ts";
import { neo4jAdminCommand } from "../export/neo4j/csv.ts";
import { graphPath, DEFAULT_GRAPH_DIR } from "../export/graph-path.ts";
import { parseChoice, parseCommandArgs } from "./options.ts";

export const usage = `usage: trama export --format FORMAT [--graph DIR/graph.json] [--out FILE|DIR]

Writes a built graph in another format.
  --format F        ${EXPORT_FORMATS.join(" | ")}
  --graph PATH      graph.json, or the build directory holding it (default ${DEFAULT_GRAPH_DIR})
  --out PATH        file to write (default: standard output); a directory for neo4j-csv
  --gexf-version V  ${GEXF_VERSIONS.join(" | ")} (default 1.3, for Gephi; 1.2draft for NetworkX)

Formats:
  gexf           Gephi: colours, sizes, positions, timeline (dynamic spells by date)
  graphml        yEd, Gephi, NetworkX, igraph, Cytoscape
  json           graphology JSON (what 'trama serve' reads)
  triples-csv    one row per piece of evidence: subject, type, object, modality, date, article, sentence
  triples-jsonl  the same rows as JSON Lines
  cypher         a script for 'cypher-shell -f' (idempotent: MERGE on ids)
  neo4j-csv      CSV files + README.md for 'neo4j-admin database import full'
`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("export", argv, {
    format: { type: "string", short: "f" },
    graph: { type: "string" },
    out: { type: "string", short: "o" },
    "gexf-version": { type: "string" },
  });
  if (positionals.length > 0) {
    throw new UsageError(`trama export: unexpected argument '${positionals[0]}'; pass the graph with --graph; see 'trama export --help'`);
  }
  if (values.format === undefined) {
    throw new UsageError(`trama export: --format is required; use one of ${EXPORT_FORMATS.join(", ")}`);
  }
  const format: ExportFormat = parseChoice("export", "format", values.format, EXPORT_FORMATS, "gexf");
  const gexfVersion: GexfVersion = parseChoice("export", "gexf-version", values["gexf-version"], GEXF_VERSIONS, "1.3");
  const graph = loadGraph(graphPath(values.graph));

  if (format === "neo4j-csv") {
    if (values.out === undefined) throw new UsageError("trama export: neo4j-csv writes several files; give a directory with --out DIR");
    const written = writeExport(graph, format, values.out);
    process.stderr.write(`trama: wrote ${written.length} files to ${values.out}; import them with:\n${neo4jAdminCommand(values.out)}\n`);
    return 0;
  }
  if (values.out === undefined) {
    process.stdout.write(exportText(graph, format, { gexfVersion }));
    return 0;
  }
  writeExport(graph, format, values.out, { gexfVersion });
  process.stderr.write(`trama: wrote ${values.out} (${format}, ${graph.order} entities, ${graph.size} relations)\n`);
  return 0;
}
