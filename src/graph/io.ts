import { readFileSync } from "node:fs";
import { DataError } from "../errors.ts";
import { createCorpusGraph, type CorpusGraph } from "./corpus-graph.ts";

// graph.json is graphology's own serialisation (graph.export()), with nodes and edges
// sorted by key so the same graph always gives the same bytes.

export function serializeGraph(graph: CorpusGraph): string {
  const data = graph.export();
  data.nodes.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  data.edges.sort((a, b) => ((a.key ?? "") < (b.key ?? "") ? -1 : (a.key ?? "") > (b.key ?? "") ? 1 : 0));
  return `${JSON.stringify(data)}\n`;
}

export function parseGraph(json: string, source: string): CorpusGraph {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new DataError(
      `trama: ${source} is not valid JSON (${(err as Error).message}); rebuild it with 'trama build'`,
    );
  }
  const graph = createCorpusGraph();
  try {
    graph.import(data as Parameters<CorpusGraph["import"]>[0]);
  } catch (err) {
    throw new DataError(
      `trama: ${source} is not a graphology graph (${(err as Error).message}); rebuild it with 'trama build'`,
    );
  }
  return graph;
}

export function loadGraph(path: string): CorpusGraph {
  let json: string;
  try {
    json = readFileSync(path, "utf8");
  } catch {
    throw new DataError(`trama: cannot read ${path}; run 'trama build' first or pass the directory that holds graph.json`);
  }
  return parseGraph(json, path);
}
